package guide.legcramps.article;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Every list of articles the site publishes: the pages' lists, and beside them the sitemap's and
 * the feeds', with the same conditions. A rule that hides an article from readers (a draft, a
 * future date) belongs in every query here, or in the loader so the store never holds it.
 */
public interface ArticleRepository extends JpaRepository<Article, String> {

	String CARD = "select new guide.legcramps.article.ArticleCard(a.slug, a.title, a.summary, a.authorSlug,"
			+ " a.authorName, a.authorLinked, a.published) from Article a";

	@Query(value = CARD + " where a.topicSlug = :topic and a.topicLinked = true",
			countQuery = "select count(a) from Article a where a.topicSlug = :topic and a.topicLinked = true")
	Page<ArticleCard> findCardsByTopic(String topic, Pageable pageable);

	@Query(value = CARD + " join a.tags t where t.slug = :tag and t.linked = true",
			countQuery = "select count(a) from Article a join a.tags t where t.slug = :tag and t.linked = true")
	Page<ArticleCard> findCardsByTag(String tag, Pageable pageable);

	@Query(value = CARD + " where a.authorSlug = :author and a.authorLinked = true",
			countQuery = "select count(a) from Article a where a.authorSlug = :author and a.authorLinked = true")
	Page<ArticleCard> findCardsByAuthor(String author, Pageable pageable);

	@Query(CARD)
	List<ArticleCard> findCards(Pageable pageable);

	String FULL = "select new guide.legcramps.article.FullArticle(a.slug, a.title, a.summary, a.html, a.authorSlug,"
			+ " a.authorName, a.authorLinked, a.published, a.reviewed) from Article a";

	@Query(FULL)
	List<FullArticle> findFullArticles(Pageable pageable);

	@Query(FULL + " where a.topicSlug = :topic and a.topicLinked = true")
	List<FullArticle> findFullArticlesByTopic(String topic, Pageable pageable);

	String LAST_REVIEWED = "select new guide.legcramps.article.LastReviewed(";

	@Query(LAST_REVIEWED + "a.slug, a.reviewed) from Article a order by a.slug")
	List<LastReviewed> findReviewDates();

	@Query(LAST_REVIEWED + "a.topicSlug, max(a.reviewed)) from Article a where a.topicLinked = true"
			+ " group by a.topicSlug order by a.topicSlug")
	List<LastReviewed> findLastReviewedByTopic();

	@Query(LAST_REVIEWED + "t.slug, max(a.reviewed)) from Article a join a.tags t where t.linked = true"
			+ " group by t.slug order by t.slug")
	List<LastReviewed> findLastReviewedByTag();

	@Query(LAST_REVIEWED + "a.authorSlug, max(a.reviewed)) from Article a where a.authorLinked = true"
			+ " group by a.authorSlug order by a.authorSlug")
	List<LastReviewed> findLastReviewedByAuthor();

}
