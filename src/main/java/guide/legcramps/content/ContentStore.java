package guide.legcramps.content;

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

	private final EntityManager entityManager;

	private final ContentSwitch contentSwitch;

	ContentStore(EntityManager entityManager, ContentSwitch contentSwitch) {
		this.entityManager = entityManager;
		this.contentSwitch = contentSwitch;
	}

	@Transactional
	public void replace(ContentSnapshot snapshot, Runnable onSwitch) {
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
