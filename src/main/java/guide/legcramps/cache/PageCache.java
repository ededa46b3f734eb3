package guide.legcramps.cache;

import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import guide.legcramps.content.load.ContentChange;
import guide.legcramps.site.SiteProperties;

/**
 * Responses as sent, by request path, bounded by the bytes they hold ({@code site.page-cache-mb}):
 * past the bound Caffeine evicts what is least likely to be asked for again, so memory stays flat
 * however large the corpus is, and an evicted page is simply made again on its next request. A
 * content switch drops exactly the pages it made stale (see {@link PageDependency}); it runs under
 * the switch's write lock, and pages are made and stored under the read lock, so a page made from
 * the old content can never be stored after the drop.
 */
@Component
public class PageCache implements MeterBinder {

	private static final Logger logger = LoggerFactory.getLogger(PageCache.class);

	private final Cache<String, CachedPage> pages;

	/** The cache's own counters, kept here so that {@link #hit} can count a hit it found quietly. */
	private final StatsCounter stats = new ConcurrentStatsCounter();

	private final boolean enabled;

	PageCache(SiteProperties site) {
		this.enabled = site.pageCacheMb() > 0;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(site.pageCacheMb() * 1024L * 1024L)
			.weigher((String path, CachedPage page) -> page.weight())
			.executor(Runnable::run)
			.recordStats(() -> this.stats)
			.build();
	}

	/**
	 * Micrometer's cache metrics under {@code cache="pages"}: gets by result (hit or miss), puts,
	 * evictions and the bytes evicted, the number of pages held, and {@code cache.weight}, the bytes
	 * they hold. Caffeine counts with adders, so a hit costs an increment, not a timing.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.pages, "pages");
		Gauge.builder("cache.weight", this.pages,
				(pages) -> pages.policy().eviction().map((e) -> e.weightedSize().orElse(0)).orElse(0L))
			.description("Bytes the cached pages hold, both encodings")
			.tag("cache", "pages")
			.baseUnit(BaseUnits.BYTES)
			.register(registry);
	}

	CachedPage get(String path) {
		return this.pages.getIfPresent(path);
	}

	/**
	 * The page kept for {@code path}, counted as a hit, or null, counted as nothing: for
	 * {@link CachedPageValve}, which looks up every GET and HEAD, including paths that are never kept.
	 * A miss goes on to {@link PageCacheFilter}, which looks again for a path it keeps and counts that
	 * miss, so each request counts once, as a hit or as a miss.
	 */
	CachedPage hit(String path) {
		CachedPage page = this.pages.asMap().get(path);   // records the read for eviction, not in the stats
		if (page != null) {
			this.stats.recordHits(1);
		}
		return page;
	}

	void put(String path, CachedPage page) {
		if (this.enabled) {
			this.pages.put(path, page);
		}
	}

	@EventListener
	void onContentChange(ContentChange change) {
		long before = this.pages.estimatedSize();
		this.pages.asMap().values().removeIf((page) -> page.dependency().isStaleAfter(change));
		if (before > 0) {
			logger.info("Page cache: dropped {} of {} pages made stale by the content change", before - size(), before);
		}
	}

	/** Drops every page; each is made again on its next request. */
	public void clear() {
		this.pages.invalidateAll();
	}

	/** How many pages are held now. */
	public long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/** The paths held now, for tests and diagnostics. */
	public Set<String> paths() {
		return Set.copyOf(this.pages.asMap().keySet());
	}

}
