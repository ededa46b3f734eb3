package guide.legcramps.content;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import guide.legcramps.article.Article;
import guide.legcramps.author.Author;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

/**
 * Replaces the store's whole contents with a snapshot in one transaction, so a reader sees the old
 * set or the new one, never a mix. The loader is the only writer.
 */
@Component
class ContentStore {

	private final EntityManager entityManager;

	ContentStore(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional
	public void replace(ContentSnapshot snapshot) {
		for (Class<?> type : new Class<?>[] { Article.class, Topic.class, Tag.class, Author.class, SitePage.class }) {
			for (Object old : this.entityManager.createQuery("select e from " + type.getSimpleName() + " e", type)
				.getResultList()) {
				this.entityManager.remove(old);
			}
		}
		this.entityManager.flush();
		snapshot.topics().forEach(this.entityManager::persist);
		snapshot.tags().forEach(this.entityManager::persist);
		snapshot.authors().forEach(this.entityManager::persist);
		snapshot.pages().forEach(this.entityManager::persist);
		snapshot.articles().forEach(this.entityManager::persist);
	}

}
