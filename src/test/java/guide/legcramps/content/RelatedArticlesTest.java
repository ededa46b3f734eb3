package guide.legcramps.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Orderings worked out by hand. With five articles, tag weights are ln(N/df): x on 3 articles
 * ln(5/3) = 0.511, y and z on 2 articles ln(5/2) = 0.916, w on 1 article ln 5 = 1.609.
 */
class RelatedArticlesTest {

	private static RelatedArticles.Entry entry(String slug, String topic, List<String> tags, String reviewed,
			List<String> pins) {
		return new RelatedArticles.Entry(slug, slug.toUpperCase(), topic, tags, LocalDate.parse(reviewed), pins);
	}

	private static final List<RelatedArticles.Entry> CORPUS = List.of(
			entry("a", "t1", List.of("x", "y"), "2026-01-01", List.of()),
			entry("b", "t1", List.of("x"), "2026-02-01", List.of()),
			entry("c", "t2", List.of("x", "y", "z"), "2026-03-01", List.of()),
			entry("d", "t2", List.of("z"), "2026-01-15", List.of()),
			entry("e", "t1", List.of("w"), "2026-01-01", List.of()));

	private static List<String> slugs(List<RelatedArticles.Link> links) {
		return links.stream().map(RelatedArticles.Link::slug).toList();
	}

	@Test
	void scoresSharedTagsByRarityPlusTheTopicBonus() {
		Map<String, List<RelatedArticles.Link>> related = new RelatedArticles(5, 0.5).compute(CORPUS);
		// a: c shares x and y (0.511 + 0.916 = 1.427); b shares x and the topic (0.511 + 0.5 = 1.011)
		assertThat(slugs(related.get("a"))).containsExactly("c", "b");
		assertThat(related.get("a").get(0).score()).isCloseTo(Math.log(5.0 / 3) + Math.log(5.0 / 2), within(1e-9));
		assertThat(related.get("a").get(1).score()).isCloseTo(Math.log(5.0 / 3) + 0.5, within(1e-9));
		assertThat(related.get("a").get(0).sharedTags()).containsExactly("y", "x");
		// c: a 1.427 beats d (z 0.916 + topic 0.5 = 1.416) by a hair; b only shares x
		assertThat(slugs(related.get("c"))).containsExactly("a", "d", "b");
		assertThat(slugs(related.get("b"))).containsExactly("a", "c");
		assertThat(slugs(related.get("d"))).containsExactly("c");
		// e shares no tag with anyone: the same topic alone does not make an article related
		assertThat(related.get("e")).isEmpty();
	}

	@Test
	void withoutTheTopicBonusTheOrderFollowsTagsAlone() {
		Map<String, List<RelatedArticles.Link>> related = new RelatedArticles(5, 0.0).compute(CORPUS);
		// c: a (1.427) > d (0.916) > b (0.511)
		assertThat(slugs(related.get("c"))).containsExactly("a", "d", "b");
		// b: a and c both share only x: equal scores, so the newer review (c, March) comes first
		assertThat(slugs(related.get("b"))).containsExactly("c", "a");
	}

	@Test
	void tiesGoToTheNewerReviewThenTheTitle() {
		List<RelatedArticles.Entry> corpus = List.of(entry("h", "t", List.of("q"), "2026-01-01", List.of()),
				entry("zeta", "t", List.of("q"), "2026-01-01", List.of()),
				entry("alpha", "t", List.of("q"), "2026-01-01", List.of()),
				entry("mid", "t", List.of("q"), "2026-05-01", List.of()));
		assertThat(slugs(new RelatedArticles(5, 0.5).compute(corpus).get("h"))).containsExactly("mid", "alpha", "zeta");
	}

	@Test
	void editorPinsComeFirstInTheirOrderAndCountTowardsTheLimit() {
		List<RelatedArticles.Entry> corpus = CORPUS.stream()
			.map((e) -> e.slug().equals("a")
					? entry("a", "t1", List.of("x", "y"), "2026-01-01", List.of("e", "b", "nowhere"))
					: e)
			.toList();
		Map<String, List<RelatedArticles.Link>> related = new RelatedArticles(3, 0.5).compute(corpus);
		assertThat(slugs(related.get("a"))).containsExactly("e", "b", "c");
		assertThat(related.get("a")).extracting(RelatedArticles.Link::pinned).containsExactly(true, true, false);
		assertThat(slugs(new RelatedArticles(2, 0.5).compute(corpus).get("a"))).containsExactly("e", "b");
	}

	@Test
	void neverListsTheArticleItself() {
		Map<String, List<RelatedArticles.Link>> related = new RelatedArticles(10, 0.5).compute(CORPUS);
		related.forEach((slug, links) -> assertThat(slugs(links)).doesNotContain(slug));
	}

}
