package guide.legcramps.content;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import guide.legcramps.SiteProperties;

/**
 * Loads the content folder into the store once every bean exists and before the web server
 * starts, so the first request already finds the whole site. Every problem is logged in the
 * {@code path:line:column: severity: message} format, then one summary line.
 */
@Component
public class ContentLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ContentLoader.class);

	private final SiteProperties site;

	private final ContentStore store;

	private final Clock clock;

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private volatile ContentSnapshot current;

	ContentLoader(SiteProperties site, ContentStore store, Clock clock) {
		this.site = site;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	/** Builds a snapshot of the content folder and, unless strict mode forbids it, stores it. */
	public ContentSnapshot load() {
		long start = System.nanoTime();
		ContentBuilder builder = new ContentBuilder(this.renderer,
				new RelatedArticles(this.site.relatedLimit(), this.site.relatedTopicBonus()),
				LocalDate.now(this.clock.withZone(this.site.timeZone())));
		ContentSnapshot snapshot = builder.build(this.site.contentDir());
		for (ContentProblem problem : snapshot.problems()) {
			if (problem.isError()) {
				logger.error("{}", problem);
			}
			else {
				logger.warn("{}", problem);
			}
		}
		if (this.site.strict() && snapshot.errorCount() > 0) {
			throw new ContentLoadException(snapshot.problems().stream().filter(ContentProblem::isError).toList());
		}
		long beforeStore = System.nanoTime();
		this.store.replace(snapshot);
		long end = System.nanoTime();
		ContentSnapshot.StageTimes t = snapshot.times();
		logger.info(
				"Loaded content from {}: {} topics, {} articles, {} tags, {} authors, {} pages; {} errors, {} warnings;"
						+ " {} ms (read {}, parse {}, render {}, validate {}, link {}, store {})",
				this.site.contentDir(), snapshot.topics().size(), snapshot.articles().size(), snapshot.tags().size(),
				snapshot.authors().size(), snapshot.pages().size(), snapshot.errorCount(), snapshot.warningCount(),
				(end - start) / 1_000_000, t.read(), t.parse(), t.render(), t.validate(), t.link(),
				(end - beforeStore) / 1_000_000);
		this.current = snapshot;
		return snapshot;
	}

	/** The problems of the last load, for tests and tools. */
	public ContentSnapshot current() {
		return this.current;
	}

}
