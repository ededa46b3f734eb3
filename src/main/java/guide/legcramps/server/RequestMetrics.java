package guide.legcramps.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Counts every answered request by status and by route ({@code site.requests}): the route
 * template Spring MVC matched ({@code /articles/{slug}}, {@code /topics/{slug}/page/{page}}, the
 * actuator's and the probes' own), {@code static} for a file, {@code unmatched} for an address
 * nothing answers, {@code redirect} for an old address, {@code rejected} for a request refused
 * before routing. Never the raw path: a scanner would make a series of every address it tried.
 * A page served from the cache is counted under the route it was made by. A counter, not a timer:
 * counting a cached page costs a map lookup and an addition.
 */
@Component
public class RequestMetrics {

	/** The request attribute holding the route label, once it is known. */
	public static final String ROUTE = RequestMetrics.class.getName() + ".route";

	public static final String REJECTED = "rejected";

	/** A template variable's own pattern, left out of the label: {@code {slug:[a-z0-9-]+}} is {@code {slug}}. */
	private static final Pattern VARIABLE_PATTERN = Pattern.compile("\\{(\\w+):[^/]*}");

	private final MeterRegistry registry;

	/** By route, one counter per status from 100 to 599, made on first use. */
	private final ConcurrentMap<String, Counter[]> counters = new ConcurrentHashMap<>();

	RequestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Names the route of a response the application answers without routing it (a cached page, a refusal). */
	public static void setRoute(HttpServletRequest request, String route) {
		request.setAttribute(ROUTE, route);
	}

	/** The route label of the response just made for {@code request}, from what Spring MVC matched. */
	public static String routeOf(HttpServletRequest request, int status) {
		if (request.getAttribute(ROUTE) instanceof String route) {
			return route;
		}
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof ResourceHttpRequestHandler) {
			// every address no controller claims falls through to the static files
			return (status == 404) ? "unmatched" : "static";
		}
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern) {
			return pattern;
		}
		return (status >= 300 && status < 400) ? "redirect" : "unmatched";
	}

	/**
	 * Counts the answer to {@code request} under its route and {@code status}, and leaves the route on
	 * the request: called once per request, by the first filter, or by whatever answers before the
	 * filters (a page from the cache, Tomcat's own refusal).
	 */
	public void record(HttpServletRequest request, int status) {
		if (status < 100 || status > 599) {
			return;
		}
		Object named = request.getAttribute(ROUTE);
		String route = (named instanceof String label) ? label : routeOf(request, status);
		if (named == null) {
			setRoute(request, route);
		}
		Counter[] byStatus = this.counters.get(route);
		if (byStatus == null) {
			byStatus = this.counters.computeIfAbsent(route, (r) -> new Counter[500]);
		}
		Counter counter = byStatus[status - 100];
		if (counter == null) {
			counter = Counter.builder("site.requests")
				.description("Requests answered, by route and status")
				.tag("route", VARIABLE_PATTERN.matcher(route).replaceAll("{$1}"))
				.tag("status", Integer.toString(status))
				.register(this.registry);
			byStatus[status - 100] = counter;
		}
		counter.increment();
	}

	/** Whether the request has been counted already (by the first filter), for the container's own error page. */
	static boolean isCounted(HttpServletRequest request) {
		return request.getAttribute(ROUTE) != null;
	}

}
