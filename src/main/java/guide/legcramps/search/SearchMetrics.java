package guide.legcramps.search;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * {@code site.search}: how many searches ran and how long each took, by what the reader got:
 * {@code outcome} is {@code found}, {@code corrected} (nothing for the words as typed, results for
 * the spelling suggestion) or {@code nothing}, and {@code guidance} whether the urgent-help
 * guidance was shown. Both labels have a fixed set of values, whatever readers type.
 */
@Component
class SearchMetrics {

	private final MeterRegistry registry;

	SearchMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void record(SiteSearch.Results results, long nanos) {
		String outcome = results.hits().isEmpty() ? "nothing" : results.showingSuggestion() ? "corrected" : "found";
		Timer.builder("site.search")
			.description("Searches, by what the reader got")
			.tag("outcome", outcome)
			.tag("guidance", (results.guidance() != null) ? "shown" : "none")
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

}
