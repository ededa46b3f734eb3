package guide.legcramps.content;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import guide.legcramps.article.Article;
import guide.legcramps.author.Author;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

/**
 * Replaces the store's whole contents with a snapshot in one transaction. The rows are written
 * first; only the commit happens under the {@link ContentSwitch} write lock, together with
 * {@code onSwitch} (which publishes what lives outside the database), so readers see the old set
 * or the new one, never a mix. The loader is the only writer.
 */
@Component
class ContentStore {

	/** Every {@code @CollectionTable} of the entities. */
	private static final List<String> COLLECTION_TABLES = List.of("article_tag", "article_source", "article_section",
			"article_related", "tag_related", "topic_alias_name", "topic_tag");

	private final EntityManager entityManager;

	private final ContentSwitch contentSwitch;

	ContentStore(EntityManager entityManager, ContentSwitch contentSwitch) {
		this.entityManager = entityManager;
		this.contentSwitch = contentSwitch;
	}

	@Transactional
	public void replace(ContentSnapshot snapshot, Runnable onSwitch) {
		// Bulk deletes: loading every entity to remove it one by one cost seconds at a thousand articles.
		// The collection tables go first (a bulk delete of an entity does not cascade to them); one
		// missing here makes the entity's delete fail, which the reload tests would show.
		for (String table : COLLECTION_TABLES) {
			this.entityManager.createNativeQuery("delete from " + table).executeUpdate();
		}
		for (Class<?> type : new Class<?>[] { Article.class, Topic.class, Tag.class, Author.class, SitePage.class }) {
			this.entityManager.createQuery("delete from " + type.getSimpleName()).executeUpdate();
		}
		this.entityManager.clear();
		snapshot.topics().forEach(this.entityManager::persist);
		snapshot.tags().forEach(this.entityManager::persist);
		snapshot.authors().forEach(this.entityManager::persist);
		snapshot.pages().forEach(this.entityManager::persist);
		snapshot.articles().forEach(this.entityManager::persist);
		this.entityManager.flush();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				ContentStore.this.contentSwitch.lockForSwitch();
			}

			@Override
			public void afterCommit() {
				onSwitch.run();
			}

			@Override
			public void afterCompletion(int status) {
				ContentStore.this.contentSwitch.unlockAfterSwitch();
			}

		});
	}

}
