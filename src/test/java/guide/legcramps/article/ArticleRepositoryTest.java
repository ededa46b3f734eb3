package guide.legcramps.article;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The list queries behind topic, tag, author and home pages, on a real H2 store. */
@DataJpaTest(properties = "site.content-dir=src/test/resources/fixtures/none")
class ArticleRepositoryTest {

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	ArticleRepository articles;

	private static Article article(String slug, String topic, boolean topicLinked, String author, String published,
			List<Article.TagRef> tags) {
		return new Article(slug, "Title " + slug, "Summary of " + slug, new Article.TopicRef(topic, topic, topicLinked),
				new Article.AuthorRef(author, author, true), LocalDate.parse(published), LocalDate.parse(published),
				LocalDate.parse(published).plusYears(1), "<p>" + slug + "</p>", 10, 1, tags, List.of(), List.of(),
				List.of(), List.of());
	}

	@BeforeEach
	void store() {
		Article.TagRef x = new Article.TagRef("x", "X", true);
		Article.TagRef y = new Article.TagRef("y", "Y", true);
		Article.TagRef broken = new Article.TagRef("broken", "broken", false);
		this.entityManager.persist(article("one", "t", true, "ann", "2026-01-01", List.of(x)));
		this.entityManager.persist(article("two", "t", true, "bob", "2026-03-01", List.of(x, y)));
		this.entityManager.persist(article("three", "t", true, "ann", "2026-03-01", List.of(y, broken)));
		this.entityManager.persist(article("four", "u", true, "ann", "2026-02-01", List.of(broken)));
		this.entityManager.persist(article("five", "gone", false, "ann", "2026-04-01", List.of(x)));
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private static List<String> slugs(Iterable<ArticleCard> cards) {
		List<String> slugs = new java.util.ArrayList<>();
		cards.forEach((c) -> slugs.add(c.slug()));
		return slugs;
	}

	@Test
	void byTopicNewestFirstThenTitleAndOnlyWhereTheTopicLoaded() {
		Page<ArticleCard> page = this.articles.findCardsByTopic("t", PageRequest.of(0, 10, ArticleQueries.NEWEST_FIRST));
		// two and three share a date: "Title three" sorts before "Title two"
		assertThat(slugs(page)).containsExactly("three", "two", "one");
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(slugs(this.articles.findCardsByTopic("gone", PageRequest.of(0, 10)))).isEmpty();
	}

	@Test
	void byTopicPaginates() {
		Page<ArticleCard> second = this.articles.findCardsByTopic("t", PageRequest.of(1, 2, ArticleQueries.NEWEST_FIRST));
		assertThat(slugs(second)).containsExactly("one");
		assertThat(second.getTotalPages()).isEqualTo(2);
	}

	@Test
	void byTagOnlyCountsLinkedTags() {
		assertThat(slugs(this.articles.findCardsByTag("x", PageRequest.of(0, 10, ArticleQueries.NEWEST_FIRST))))
			.containsExactly("five", "two", "one");
		assertThat(slugs(this.articles.findCardsByTag("broken", PageRequest.of(0, 10)))).isEmpty();
	}

	@Test
	void byAuthorAndLatest() {
		assertThat(slugs(this.articles.findCardsByAuthor("ann", PageRequest.of(0, 10, ArticleQueries.NEWEST_FIRST))))
			.containsExactly("five", "three", "four", "one");
		assertThat(slugs(this.articles.findCards(PageRequest.of(0, 2, ArticleQueries.NEWEST_FIRST))))
			.containsExactly("five", "three");
	}

	@Test
	void reviewDatesFollowTheSameConditionsAsTheLists() {
		assertThat(this.articles.findReviewDates()).extracting(LastReviewed::slug)
			.containsExactly("five", "four", "one", "three", "two");
		// "gone" did not load, so article five counts for no topic; the broken tag counts for nothing
		assertThat(this.articles.findLastReviewedByTopic()).containsExactly(
				new LastReviewed("t", LocalDate.of(2026, 3, 1)), new LastReviewed("u", LocalDate.of(2026, 2, 1)));
		assertThat(this.articles.findLastReviewedByTag()).containsExactly(
				new LastReviewed("x", LocalDate.of(2026, 4, 1)), new LastReviewed("y", LocalDate.of(2026, 3, 1)));
		assertThat(this.articles.findLastReviewedByAuthor()).containsExactly(
				new LastReviewed("ann", LocalDate.of(2026, 4, 1)), new LastReviewed("bob", LocalDate.of(2026, 3, 1)));
	}

	@Test
	void cardsCarryWhatListsShow() {
		ArticleCard card = this.articles.findCards(PageRequest.of(0, 1, ArticleQueries.NEWEST_FIRST)).get(0);
		assertThat(card).isEqualTo(new ArticleCard("five", "Title five", "Summary of five", "ann", "ann", true,
				LocalDate.of(2026, 4, 1)));
	}

}
