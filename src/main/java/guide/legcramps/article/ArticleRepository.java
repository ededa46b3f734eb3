package guide.legcramps.article;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

}
