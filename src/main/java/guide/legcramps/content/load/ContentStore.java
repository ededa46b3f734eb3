package guide.legcramps.content.load;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.StatelessSession;

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
 * first, then {@code whenWritten} runs (it waits for what is built beside the store); only the
 * commit happens under the {@link ContentSwitch} write lock, together with {@code onSwitch} (which
 * publishes what lives outside the database), so readers see the old set or the new one, never a
 * mix. The loader is the only writer.
 */
@Component
class ContentStore {

	private static final int BATCH_SIZE = 500;

	private final EntityManager entityManager;

	private final ContentSwitch contentSwitch;

	ContentStore(EntityManager entityManager, ContentSwitch contentSwitch) {
		this.entityManager = entityManager;
		this.contentSwitch = contentSwitch;
	}

	/**
	 * Makes the store hold {@code next}. With the {@code previous} snapshot (what the store holds
	 * now), only the entities that changed are deleted and written again: an edit touches its
	 * article and the few whose related lists name it, not the whole store.
	 */
	@Transactional
	public void replace(ContentSnapshot previous, ContentSnapshot next, Runnable whenWritten, Runnable onSwitch) {
		replaceChanged(Article.class, "article_slug", List.of("article_tag"),
				(previous != null) ? previous.articles() : null, next.articles(), Article::getSlug, Article::state);
		replaceChanged(Topic.class, "topic_slug", List.of("topic_alias_name", "topic_tag"),
				(previous != null) ? previous.topics() : null, next.topics(), Topic::getSlug, Topic::state);
		replaceChanged(Tag.class, "owner_slug", List.of("tag_related"), (previous != null) ? previous.tags() : null,
				next.tags(), Tag::getSlug, Tag::state);
		replaceChanged(Author.class, null, List.of(), (previous != null) ? previous.authors() : null, next.authors(),
				Author::getSlug, Author::state);
		replaceChanged(SitePage.class, null, List.of(), (previous != null) ? previous.pages() : null, next.pages(),
				SitePage::getSlug, SitePage::state);
		this.entityManager.flush();
		this.entityManager.clear();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				// a failure here rolls the rows back, and the old set stays everywhere
				whenWritten.run();
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

	/**
	 * Deletes what is gone or changed (its collection tables first: a bulk delete of an entity does
	 * not cascade to them) and persists what is new or changed. Without a previous set, everything
	 * is deleted and written.
	 */
	private <E> void replaceChanged(Class<E> type, String joinColumn, List<String> collectionTables, List<E> previous,
			List<E> next, Function<E, String> slug, Function<E, List<Object>> state) {
		List<E> fresh;
		List<String> stale;
		if (previous == null) {
			for (String table : collectionTables) {
				this.entityManager.createNativeQuery("delete from " + table).executeUpdate();
			}
			this.entityManager.createQuery("delete from " + type.getSimpleName()).executeUpdate();
			fresh = next;
			stale = List.of();
		}
		else {
			Set<String> changed = ContentChange.changed(previous, next, slug, state);
			fresh = next.stream().filter((e) -> changed.contains(slug.apply(e))).toList();
			stale = previous.stream().map(slug).filter(changed::contains).toList();
		}
		for (int from = 0; from < stale.size(); from += 500) {
			List<String> chunk = stale.subList(from, Math.min(stale.size(), from + 500));
			for (String table : collectionTables) {
				this.entityManager.createNativeQuery("delete from " + table + " where " + joinColumn + " in (:slugs)")
					.setParameter("slugs", chunk)
					.executeUpdate();
			}
			this.entityManager.createQuery("delete from " + type.getSimpleName() + " e where e.slug in (:slugs)")
				.setParameter("slugs", chunk)
				.executeUpdate();
		}
		insert(fresh);
	}

	/**
	 * Writes new rows through a stateless session on the transaction's own connection: no
	 * persistence context to fill and flush, and each entity's owned collections are written with
	 * it, in JDBC batches. Persisting 1,000 articles with their collections through the
	 * EntityManager was the slowest stage of a load.
	 */
	private void insert(List<?> entities) {
		if (entities.isEmpty()) {
			return;
		}
		Session session = this.entityManager.unwrap(Session.class);
		Connection connection = session.doReturningWork((c) -> c);
		try (StatelessSession stateless = session.getSessionFactory()
			.withStatelessOptions()
			.connection(connection)
			.openStatelessSession()) {
			stateless.setJdbcBatchSize(BATCH_SIZE);
			stateless.insertMultiple(entities);
		}
	}

}
