package guide.legcramps.server;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import guide.legcramps.FixtureSiteTest;
import guide.legcramps.server.HostileRequests.Category;
import guide.legcramps.server.HostileRequests.Probe;

import static guide.legcramps.server.HostileRequests.PER_CATEGORY;
import static guide.legcramps.server.HostileRequests.generate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,400 generated hostile requests (650 in each of 16 categories, from a fixed seed, so every run
 * sends the same bytes), written raw over four persistent connections as a scanner or a load
 * balancer sends them. The targets mix every root the site answers (pages, pagination, feeds, the
 * sitemap, robots.txt, static files, {@code /_content}, the actuator, the probes, search) with long
 * paths, traversal, NUL, bad and overlong UTF-8, malformed percent-escapes ({@code %}, {@code %%},
 * {@code %2}, {@code %G1}), path parameters, odd bytes, hostile queries and searches full of query syntax, headers and methods.
 * Every answer must be below 500, complete (no connection dropped without an answer), carry the
 * security headers, reflect none of the script the request carried, and name no class, package,
 * stack frame or server; and the log must show no stack trace and no error, since every one of
 * these is the client's mistake. Most requests must get past Tomcat into the application (its
 * answer is the site's layout, or a redirect only the application makes), so the test exercises
 * the site's code and not only the container's parser. Afterwards the site still serves its pages.
 * <p>
 * HTTP/0.9 requests (a raw CR or LF in the request line) get no answer, since a 0.9 answer has no
 * headers. Tomcat 11.0 keeps a processor's "this is HTTP/0.9" flag until that processor next parses
 * a request line, so a request whose line fails to parse, met by a processor that last served 0.9,
 * is answered 0.9-style: the plain 400 page with no status line or headers. Those requests are
 * therefore sent last, each on a socket of its own, only they may go unanswered, and the context
 * is discarded afterwards so no other test class meets such a processor.
 */
@FixtureSiteTest
@TestPropertySource(properties = "site.watch=true") // so that /_content/problems is one of the roots
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRequestsFuzzTest {

	static final long SEED = 20261127L;

	static final int CONNECTIONS = 4;

	/** What came back for a probe: an answer, nothing (the server closed without a byte), or a broken answer. */
	record Outcome(Optional<RawHttp.Response> answer, String broken) {
	}

	/**
	 * Markup a payload would leave behind in an answer that is not HTML; the page's own JSON-LD block is
	 * the one script allowed. An HTML answer may show a payload as text (the search page shows what was
	 * searched for), so it is parsed instead: see {@link #reflected}.
	 */
	static final Pattern REFLECTED = Pattern.compile("<script(?![^>]*application/ld\\+json)|<svg|<img src=x|<iframe|onerror=|onload=",
			Pattern.CASE_INSENSITIVE);

	/** Elements a payload would add to a page, were it put into the page unescaped. */
	static final String INJECTED = "script:not([type=application/ld+json]), svg, iframe, img[src=x]";

	static final Pattern INTERNALS = Pattern.compile("Exception|Caused by|\\bat [\\w$.]+\\(|\\.java:\\d+"
			+ "|\\b(java|javax|jakarta|sun|org\\.apache|org\\.springframework|org\\.hibernate|org\\.thymeleaf|org\\.h2"
			+ "|com\\.zaxxer|com\\.vladsch|guide\\.legcramps)\\.[a-z]|Tomcat|Apache|Whitelabel|Hibernate|SQL");

	/** A stack frame, or a line logged at ERROR, in the application's log. */
	static final Pattern LOGGED_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^\\S+\\s+ERROR ");

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	@Test
	@Order(1)
	void hostileRequestsNeverBreakLeakOrEchoAndMostReachTheApplication(CapturedOutput log) throws Exception {
		List<Probe> probes = generate(new Random(SEED));
		Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
		probes.forEach((p) -> perCategory.merge(p.category(), 1, Integer::sum));
		assertThat(probes).hasSizeGreaterThanOrEqualTo(10_000);
		assertThat(perCategory.values()).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(500));

		long start = System.nanoTime();
		Outcome[] outcomes = new Outcome[probes.size()];
		int sockets = sendOverPersistentConnections(probes, outcomes);
		// HTTP/0.9 last, one socket each (see the class comment)
		for (int i = 0; i < probes.size(); i++) {
			Probe probe = probes.get(i);
			if (probe.rawLineBreak()) {
				outcomes[i] = outcome(() -> RawHttp.send(this.port, probe.bytes()));
				sockets++;
			}
		}
		long millis = (System.nanoTime() - start) / 1_000_000;

		List<String> failures = new ArrayList<>();
		Map<Category, Tally> tallies = new EnumMap<>(Category.class);
		for (int i = 0; i < probes.size(); i++) {
			judge(probes.get(i), outcomes[i], tallies.computeIfAbsent(probes.get(i).category(), (c) -> new Tally()),
					failures);
		}
		report(tallies, probes.size(), sockets, millis);

		assertThat(failures.subList(0, Math.min(40, failures.size()))).as(failures.size() + " failures; the first 40")
			.isEmpty();
		int reached = tallies.values().stream().mapToInt((t) -> t.reached).sum();
		assertThat(reached).as("requests that reached the application").isGreaterThan(probes.size() / 2);
		assertThat(tallies.get(Category.PATH_PARAMS).statuses).as("path parameters served and refused").containsKeys(200,
				400);
		Set<String> routes = this.registry.find("site.requests").counters().stream()
			.map((counter) -> counter.getId().getTag("route"))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(routes).as("route labels after %d addresses", probes.size())
			.hasSizeBetween(5, 40)
			.allSatisfy((route) -> assertThat(route).matches("/[\\w/{}.*-]*|[a-z]+"));
		assertThat(LOGGED_TRACE.matcher(log.getAll()).results().map(MatchResult::group).limit(5))
			.as("a stack trace or an error logged for a client's mistake")
			.isEmpty();
		assertThat(tallies.get(Category.SEARCH).reached).as("searches that reached the search page")
			.isGreaterThan(PER_CATEGORY * 3 / 4);
		for (String path : List.of("/", "/articles/a01", "/topics/hub/page/2")) {
			RawHttp.Response after = RawHttp.get(this.port, path);
			assertThat(after.status()).as(path + " afterwards").isEqualTo(200);
			assertThat(Jsoup.parse(after.text()).select("header.site-header, main h1")).hasSize(2);
		}
	}

	/**
	 * Every probe but the HTTP/0.9 ones, dealt round-robin to {@link #CONNECTIONS} persistent
	 * connections, each sending its share one after another; returns how many sockets were opened.
	 */
	private int sendOverPersistentConnections(List<Probe> probes, Outcome[] outcomes) throws Exception {
		List<Integer> keptAlive = IntStream.range(0, probes.size()).filter((i) -> !probes.get(i).rawLineBreak()).boxed().toList();
		ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
		try {
			List<Future<Integer>> connections = new ArrayList<>();
			for (int c = 0; c < CONNECTIONS; c++) {
				int first = c;
				connections.add(senders.submit(() -> {
					try (RawHttp.Connection connection = new RawHttp.Connection(this.port)) {
						for (int k = first; k < keptAlive.size(); k += CONNECTIONS) {
							int i = keptAlive.get(k);
							outcomes[i] = outcome(() -> connection.exchange(probes.get(i).bytes()));
						}
						return connection.sockets();
					}
				}));
			}
			int sockets = 0;
			for (Future<Integer> connection : connections) {
				sockets += connection.get();
			}
			return sockets;
		}
		finally {
			senders.shutdownNow();
		}
	}

	private static Outcome outcome(Supplier<Optional<RawHttp.Response>> exchange) {
		try {
			return new Outcome(exchange.get(), null);
		}
		catch (UncheckedIOException ex) {
			return new Outcome(Optional.empty(), ex.getCause().getMessage());
		}
	}

	private static void judge(Probe probe, Outcome outcome, Tally tally, List<String> failures) {
		if (outcome.broken() != null) {
			tally.dropped++;
			failures.add("a broken answer (" + outcome.broken() + ") to " + describe(probe));
			return;
		}
		Optional<RawHttp.Response> answer = outcome.answer();
		if (answer.isEmpty() || answer.get().status() == 0) {
			// HTTP/0.9 (see the class comment): allowed only where the request line itself was broken.
			tally.dropped++;
			if (!probe.rawLineBreak()) {
				failures.add("no HTTP/1.1 answer to " + describe(probe));
			}
		}
		if (answer.isEmpty()) {
			return;
		}
		RawHttp.Response response = answer.get();
		String body = response.text();
		if (reflected(response)) {
			failures.add("script reflected in the " + response.status() + " for " + describe(probe));
		}
		if (INTERNALS.matcher(body).find()) {
			failures.add("internals named in the " + response.status() + " for " + describe(probe));
		}
		if (response.status() == 0) {
			return;
		}
		tally.count(response.status());
		if (response.status() >= 500) {
			failures.add(response.status() + " for " + describe(probe));
		}
		if (response.header("Content-Security-Policy").isEmpty()) {
			failures.add("no security headers on the " + response.status() + " for " + describe(probe));
		}
		if (!response.header("Location").orElse("/").matches("/[a-z0-9/-]*")) {
			failures.add("a redirect to '" + response.header("Location").get() + "' for " + describe(probe));
		}
		if (response.headerNames().contains("set-cookie") || response.headerNames().contains("x-injected")) {
			failures.add("an injected header for " + describe(probe));
		}
		if (response.headers().stream().anyMatch((h) -> REFLECTED.matcher(h[1]).find() || h[1].contains("alert("))) {
			failures.add("script reflected in a header of the " + response.status() + " for " + describe(probe));
		}
		if (reachedTheApplication(response)) {
			tally.reached++;
		}
	}

	@ParameterizedTest
	@Order(2)
	@ValueSource(strings = { "GET /authors/solo\r\n\r\n", "GET /articles/a01\r\nX-Injected: 1 HTTP/1.1\r\n\r\n",
			"GET /no-such-page\r\n\r\n", "GET /a%2fb\r\n\r\n", "POST /\r\n\r\n" })
	void http09WhichCannotCarryHeadersGetsNoAnswerAtAll(String request) {
		assertThat(RawHttp.send(this.port, request.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
	}

	/**
	 * Whether a payload came back as markup: for HTML, an element or an event-handler attribute that
	 * the site's own pages never have; for anything else, the payload's text.
	 */
	private static boolean reflected(RawHttp.Response response) {
		if (!response.header("Content-Type").orElse("").startsWith("text/html")) {
			return REFLECTED.matcher(response.text()).find();
		}
		org.jsoup.nodes.Document page = Jsoup.parse(response.text());
		return !page.select(INJECTED).isEmpty()
				|| page.getAllElements().stream().anyMatch((e) -> e.attributes().asList().stream()
					.anyMatch((a) -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
	}

	/**
	 * Tomcat on its own only ever refuses, with the plain page of {@link PlainErrorReportValve}; a
	 * success, a redirect, a 304, or an error in the site's layout came from the application.
	 */
	private static boolean reachedTheApplication(RawHttp.Response response) {
		return response.status() < 400 || response.text().contains("<header class=\"site-header\">");
	}

	private static String describe(Probe probe) {
		String request = probe.request().replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
		return probe.category() + " " + request.substring(0, Math.min(300, request.length()));
	}

	private static void report(Map<Category, Tally> tallies, int total, int sockets, long millis) {
		StringBuilder out = new StringBuilder(
				String.format(Locale.ROOT, "%d hostile requests over %d sockets in %d ms%n", total, sockets, millis));
		tallies.forEach((category, t) -> out.append(String.format(Locale.ROOT, "  %-12s reached app %3d, no HTTP/1.1 answer %2d, statuses %s%n",
				category, t.reached, t.dropped, t.statuses)));
		System.out.print(out);
	}

	static final class Tally {

		int reached;

		int dropped;

		final Map<Integer, Integer> statuses = new TreeMap<>();

		void count(int status) {
			this.statuses.merge(status, 1, Integer::sum);
		}

	}

}
