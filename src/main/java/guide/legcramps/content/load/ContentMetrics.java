package guide.legcramps.content.load;

import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The content loads as an operator watches them: how long each stage took ({@code site.content.load}
 * by {@code stage}: read, render, check, link, store, and the whole load as {@code total}), how many
 * loads there were ({@code site.content.loads} by {@code result}: {@code clean}, or {@code errors}
 * when files were left out or kept their last good version), the problems of the last load
 * ({@code site.content.problems} by {@code severity}), the articles of the content served now
 * ({@code site.content.articles} by {@code state}), and when the last clean load switched in
 * ({@code site.content.last.clean.load.timestamp}, seconds since the epoch; 0 before the first).
 */
@Component
class ContentMetrics {

	private final MeterRegistry registry;

	private volatile ContentSnapshot last;

	private volatile long lastCleanMillis;

	ContentMetrics(MeterRegistry registry) {
		this.registry = registry;
		problems("error", ContentSnapshot::errorCount);
		problems("warning", ContentSnapshot::warningCount);
		articles("public", (s) -> s.articles().size());
		articles("draft", ContentSnapshot::drafts);
		articles("scheduled", ContentSnapshot::scheduled);
		TimeGauge.builder("site.content.last.clean.load.timestamp", this, TimeUnit.MILLISECONDS, (m) -> m.lastCleanMillis)
			.description("When the last load without errors switched in")
			.register(registry);
	}

	/** A load that switched in: its stages' times, the store's and the whole load's, in milliseconds. */
	void loaded(ContentSnapshot snapshot, long storeMillis, long totalMillis) {
		ContentSnapshot.StageTimes times = snapshot.times();
		stage("read", times.read());
		stage("render", times.parseAndRender());
		stage("check", times.validate());
		stage("link", times.link());
		stage("store", storeMillis);
		stage("total", totalMillis);
		boolean clean = snapshot.errorCount() == 0;
		Counter.builder("site.content.loads")
			.description("Content loads switched in, clean or with errors")
			.tag("result", clean ? "clean" : "errors")
			.register(this.registry)
			.increment();
		this.last = snapshot;
		if (clean) {
			this.lastCleanMillis = System.currentTimeMillis();
		}
	}

	private void stage(String stage, long millis) {
		Timer.builder("site.content.load")
			.description("Time a content load spent in each stage, and in all")
			.tag("stage", stage)
			.register(this.registry)
			.record(millis, TimeUnit.MILLISECONDS);
	}

	private void problems(String severity, ToDoubleFunction<ContentSnapshot> count) {
		Gauge.builder("site.content.problems", this, (m) -> (m.last != null) ? count.applyAsDouble(m.last) : 0)
			.description("Problems the last content load found")
			.tag("severity", severity)
			.register(this.registry);
	}

	private void articles(String state, ToDoubleFunction<ContentSnapshot> count) {
		Gauge.builder("site.content.articles", this, (m) -> (m.last != null) ? count.applyAsDouble(m.last) : 0)
			.description("Articles of the content served now")
			.tag("state", state)
			.register(this.registry);
	}

}
