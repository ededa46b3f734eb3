package guide.legcramps.content.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	/**
	 * The fast path (candidates from the tag index, a bounded heap) against the definition itself:
	 * every other article scored and fully sorted. Seeded corpora with a skewed tag vocabulary, few
	 * review dates and repeated titles so that the tie-breaks are exercised, and some pins.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2026, 987654321 })
	void boundedSelectionEqualsScoringEveryPairOnSeededCorpora(long seed) {
		Random random = new Random(seed);
		int size = 200 + random.nextInt(600);
		List<RelatedArticles.Entry> corpus = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Set<String> tags = new LinkedHashSet<>();
			int count = 1 + random.nextInt(5);
			while (tags.size() < count) {
				tags.add("tag-" + (random.nextBoolean() ? random.nextInt(5) : random.nextInt(40)));
			}
			List<String> pins = new ArrayList<>();
			if (random.nextInt(10) == 0) {
				pins.add("a" + random.nextInt(size));
			}
			corpus.add(new RelatedArticles.Entry("a" + i, "Title " + random.nextInt(size / 3), "t" + random.nextInt(4),
					List.copyOf(tags), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(5)), pins));
		}
		Map<String, Double> weight = new HashMap<>();
		corpus.forEach((entry) -> entry.tags().forEach((tag) -> weight.merge(tag, 1.0, Double::sum)));
		weight.replaceAll((tag, df) -> Math.log(corpus.size() / df));
		Map<String, RelatedArticles.Entry> bySlug = new HashMap<>();
		corpus.forEach((entry) -> bySlug.put(entry.slug(), entry));
		int[] limits = { 1, 5, 20 };
		List<Map<String, List<RelatedArticles.Link>>> fast = new ArrayList<>();
		for (int limit : limits) {
			fast.add(new RelatedArticles(limit, 0.5).compute(corpus));
		}
		for (RelatedArticles.Entry article : corpus) {
			List<Scored> ranked = rankEveryOther(article, corpus, 0.5, weight);
			for (int i = 0; i < limits.length; i++) {
				assertThat(fast.get(i).get(article.slug())).as("%s, limit %d", article.slug(), limits[i])
					.isEqualTo(related(article, ranked, limits[i], weight, bySlug));
			}
		}
	}

	private record Scored(RelatedArticles.Entry entry, double score) {
	}

	/** Straight from the definition: every other article sharing a tag, scored, fully sorted. */
	private static List<Scored> rankEveryOther(RelatedArticles.Entry article, List<RelatedArticles.Entry> corpus,
			double topicBonus, Map<String, Double> weight) {
		List<Scored> ranked = new ArrayList<>();
		for (RelatedArticles.Entry other : corpus) {
			double score = 0;
			boolean shares = false;
			for (String tag : article.tags()) {
				if (other.tags().contains(tag)) {
					score += weight.get(tag);
					shares = true;
				}
			}
			if (other != article && shares) {
				ranked.add(new Scored(other, score + (other.topic().equals(article.topic()) ? topicBonus : 0)));
			}
		}
		ranked.sort(Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparing((Scored s) -> s.entry().reviewed(), Comparator.reverseOrder())
			.thenComparing((Scored s) -> s.entry().title())
			.thenComparing((Scored s) -> s.entry().slug()));
		return ranked;
	}

	/** The editor's pins, then the best-ranked articles that are not pinned, up to the limit. */
	private static List<RelatedArticles.Link> related(RelatedArticles.Entry article, List<Scored> ranked, int limit,
			Map<String, Double> weight, Map<String, RelatedArticles.Entry> bySlug) {
		List<RelatedArticles.Link> links = new ArrayList<>();
		for (String pin : article.pins()) {
			RelatedArticles.Entry pinned = bySlug.get(pin);
			if (pinned != null && pinned != article && links.size() < limit) {
				double score = ranked.stream().filter((s) -> s.entry() == pinned).mapToDouble(Scored::score).sum();
				links.add(link(article, pinned, true, score, weight));
			}
		}
		for (Scored candidate : ranked) {
			if (links.size() < limit && !article.pins().contains(candidate.entry().slug())) {
				links.add(link(article, candidate.entry(), false, candidate.score(), weight));
			}
		}
		return links;
	}

	private static RelatedArticles.Link link(RelatedArticles.Entry article, RelatedArticles.Entry other,
			boolean pinned, double score, Map<String, Double> weight) {
		List<String> shared = new ArrayList<>(article.tags());
		shared.retainAll(other.tags());
		shared.sort(Comparator.comparingDouble((String t) -> weight.get(t)).reversed().thenComparing((t) -> t));
		return new RelatedArticles.Link(other.slug(), other.title(), shared, pinned, score);
	}

}
