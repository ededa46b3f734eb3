package guide.legcramps.search;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * {@code site.search}: how many searches ran and how long each took, by what the reader got:
 * {@code outcome} is {@code found}, {@code corrected} (nothing for the words as typed, results for
 * the spelling suggestion) or {@code nothing}, and {@code guidance} whether the urgent-help
 * guidance was shown. The six timers are registered once, at start-up: both labels have a fixed
 * set of values, whatever readers type.
 */
@Component
class SearchMetrics {

	private static final String[] OUTCOMES = { "found", "corrected", "nothing" };

	/** By outcome, then by guidance shown (1) or not (0). */
	private final Timer[][] timers = new Timer[OUTCOMES.length][2];

	SearchMetrics(MeterRegistry registry) {
		for (int outcome = 0; outcome < OUTCOMES.length; outcome++) {
			for (int shown = 0; shown < 2; shown++) {
				this.timers[outcome][shown] = Timer.builder("site.search")
					.description("Searches, by what the reader got")
					.tag("outcome", OUTCOMES[outcome])
					.tag("guidance", (shown == 1) ? "shown" : "none")
					.register(registry);
			}
		}
	}

	void record(SiteSearch.Results results, long nanos) {
		int outcome = results.hits().isEmpty() ? 2 : results.showingSuggestion() ? 1 : 0;
		this.timers[outcome][(results.guidance() != null) ? 1 : 0].record(nanos, TimeUnit.NANOSECONDS);
	}

}
