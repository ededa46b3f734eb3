package guide.legcramps.content.load;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.site.SiteProperties;

/**
 * Loads the content folder into the store once every bean exists and before the web server
 * starts, so the first request already finds the whole site; reloads it when a file changes
 * (with {@code site.watch}) and when a scheduled article's day arrives. Every problem is logged in
 * the {@code path:line:column: severity: message} format, then one summary line. Each switch to a
 * new set publishes a {@link ContentChange} while readers are still held off.
 */
@Component
public class ContentLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ContentLoader.class);

	private final SiteProperties site;

	private final ContentStore store;

	private final Clock clock;

	private final ContentBuilder builder;

	private final ApplicationEventPublisher events;

	private final List<ContentIndex> indexes;
	private final ContentMetrics metrics;

	private volatile ContentSnapshot current;

	ContentLoader(SiteProperties site, ContentStore store, Clock clock, ApplicationEventPublisher events,
			ObjectProvider<ContentIndex> indexes, ContentMetrics metrics) {
		this.site = site;
		this.events = events;
		this.indexes = indexes.orderedStream().toList();
		this.metrics = metrics;
		this.store = store;
		this.clock = clock;
		this.builder = new ContentBuilder(new MarkdownRenderer(),
				new RelatedArticles(site.relatedLimit(), site.relatedTopicBonus()));
	}

	@Override
	public void afterSingletonsInstantiated() {
		ContentSnapshot snapshot = reload();
		if (this.site.strict() && snapshot.errorCount() > 0) {
			throw new ContentLoadException(snapshot.problems().stream().filter(ContentProblem::isError).toList());
		}
	}

	/**
	 * Builds the complete new content set and what every {@link ContentIndex} makes of it, then
	 * switches to all of it at once. Files with errors keep their last good version; in strict
	 * mode nothing with errors is ever stored.
	 */
	public synchronized ContentSnapshot reload() {
		long start = System.nanoTime();
		ContentSnapshot snapshot = this.builder.build(this.site.contentDir(), today());
		for (ContentProblem problem : snapshot.problems()) {
			if (problem.isError()) {
				logger.error("{}", problem);
			}
			else {
				logger.warn("{}", problem);
			}
		}
		if (this.site.strict() && snapshot.errorCount() > 0 && this.current == null) {
			return snapshot;
		}
		long beforeStore = System.nanoTime();
		// the indexes are built while the rows are written, on a thread of their own
		CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(() -> prepare(snapshot),
				(task) -> Thread.ofVirtual().name("content-index").start(task));
		ContentChange change = ContentChange.between(this.current, snapshot);
		this.store.replace(this.current, snapshot, prepared::join, () -> {
			this.current = snapshot;
			prepared.join().makeCurrent().forEach(Runnable::run);
			this.events.publishEvent(change);
		});
		long end = System.nanoTime();
		this.metrics.loaded(snapshot, (end - beforeStore) / 1_000_000, (end - start) / 1_000_000);
		ContentSnapshot.StageTimes t = snapshot.times();
		logger.info(
				"Loaded content from {}: {} topics, {} articles ({} drafts, {} scheduled), {} tags, {} authors, {} pages;"
						+ " {} errors, {} warnings; {} ms (read {}, parse+render {} [{} of {} files changed; parse {}, render {}"
						+ " over all threads], validate {}, link {}, store {} [index {} beside it])",
				this.site.contentDir(), snapshot.topics().size(), snapshot.articles().size(), snapshot.drafts(),
				snapshot.scheduled(), snapshot.tags().size(), snapshot.authors().size(), snapshot.pages().size(),
				snapshot.errorCount(), snapshot.warningCount(), (end - start) / 1_000_000, t.read(), t.parseAndRender(),
				t.parsedFiles(), t.files(), t.parse(), t.render(), t.validate(), t.link(), (end - beforeStore) / 1_000_000,
				prepared.join().millis());
		return snapshot;
	}

	/** What every index made of a snapshot, not yet current, and how long that took. */
	private record Prepared(List<Runnable> makeCurrent, long millis) {
	}

	private Prepared prepare(ContentSnapshot snapshot) {
		long start = System.nanoTime();
		List<Runnable> makeCurrent = this.indexes.stream().map((index) -> index.prepare(snapshot)).toList();
		return new Prepared(makeCurrent, (System.nanoTime() - start) / 1_000_000);
	}

	/** Publishes scheduled articles once their day has started in {@code site.time-zone}. */
	@Scheduled(fixedDelayString = "${site.publish-check-ms:15000}")
	public void publishDue() {
		ContentSnapshot snapshot = this.current;
		if (snapshot != null && snapshot.nextPublication() != null && !today().isBefore(snapshot.nextPublication())) {
			logger.info("Publishing articles scheduled for {}", snapshot.nextPublication());
			reload();
		}
	}

	/** The content set readers currently see. */
	public ContentSnapshot current() {
		return this.current;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.site.timeZone()));
	}

}
