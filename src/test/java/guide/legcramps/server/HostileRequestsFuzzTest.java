package guide.legcramps.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import guide.legcramps.FixtureSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,200 generated hostile requests (100 in each of 12 categories, from a fixed seed, so every run
 * sends the same bytes) written raw to a real socket. Every answer must be below 500, carry the
 * security headers, reflect none of the script the request carried, and name no class, package,
 * stack frame or server. Most requests must get past Tomcat into the application (its answer is
 * the site's layout, or a redirect only the application makes), so the test exercises the site's
 * code and not only the container's parser. Afterwards the site still serves its pages.
 * <p>
 * HTTP/0.9 requests (a raw CR or LF in the request line) get no answer, since a 0.9 answer has no
 * headers. Tomcat 11.0 keeps a processor's "this is HTTP/0.9" flag until that processor next parses
 * a request line, so a request whose line fails to parse, met by a processor that last served 0.9,
 * is answered 0.9-style: the plain 400 page with no status line or headers. The raw-CRLF category
 * therefore runs last, only its own requests may go unanswered, and the context is discarded
 * afterwards so no other test class meets such a processor.
 */
@FixtureSiteTest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRequestsFuzzTest {

	static final long SEED = 20261127L;

	static final int PER_CATEGORY = 100;

	enum Category {

		LONG_PATH, TRAVERSAL, NUL, BAD_UTF8, QUERY, PAGE_NUMBERS, ACCEPT, HOST, RANGE, METHODS, SEARCH, CRLF

	}

	/** One generated request, as the exact bytes (one char per byte) written to the socket. */
	record Probe(Category category, String request) {

		byte[] bytes() {
			return this.request.getBytes(StandardCharsets.ISO_8859_1);
		}

		/** A CR or LF written into the request line itself, before its HTTP version. */
		boolean rawLineBreak() {
			int version = this.request.indexOf(" HTTP/1.1\r\n");
			int cr = this.request.indexOf('\r');
			int lf = this.request.indexOf('\n');
			return (cr >= 0 && cr < version) || (lf >= 0 && lf < version);
		}

	}

	static final List<String> PAGES = List.of("/", "/topics", "/topics/hub", "/topics/side", "/tags", "/tags/alpha",
			"/authors/team", "/articles/a01", "/articles/side-story", "/about", "/css/site.css", "/favicon.ico",
			"/actuator/health", "/error", "/no-such-page");

	static final List<String> LISTS = List.of("/topics/hub", "/topics/side", "/tags/alpha", "/tags/beta", "/tags/unused",
			"/authors/team", "/authors/solo", "/topics/nowhere", "/tags/nowhere", "/authors/nobody");

	/** Script in the forms a reflection would show; every request carries one, encoded as its place needs. */
	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><svg onload=alert(2)>",
			"'><img src=x onerror=alert(3)>", "<iframe srcdoc=<script>alert(4)</script>>");

	/**
	 * Markup a payload would leave behind in an answer that is not HTML; the page's own JSON-LD block is
	 * the one script allowed. An HTML answer may show a payload as text (the search page shows what was
	 * searched for), so it is parsed instead: see {@link #reflected}.
	 */
	static final Pattern REFLECTED = Pattern.compile("<script(?![^>]*application/ld\\+json)|<svg|<img src=x|<iframe|onerror=|onload=",
			Pattern.CASE_INSENSITIVE);

	/** Elements a payload would add to a page, were it put into the page unescaped. */
	static final String INJECTED = "script:not([type=application/ld+json]), svg, iframe, img[src=x]";

	/** Lucene's query syntax, which must mean nothing to search. */
	static final List<String> QUERY_SYNTAX = List.of("%22", "*", "?", "%3A", "(", ")", "~", "%5E", "%5B", "%5D", "%7B",
			"%7D", "%5C", "/", "AND", "OR", "NOT", "%26%26", "%7C%7C", "!", "%2B", "-", "~2", "*%3A*", "title%3A",
			"%5Ba%20TO%20z%5D", "/.*/", "%22%22", "%5C%22");

	static final Pattern INTERNALS = Pattern.compile("Exception|Caused by|\\bat [\\w$.]+\\(|\\.java:\\d+"
			+ "|\\b(java|javax|jakarta|sun|org\\.apache|org\\.springframework|org\\.hibernate|org\\.thymeleaf|org\\.h2"
			+ "|com\\.zaxxer|com\\.vladsch|guide\\.legcramps)\\.[a-z]|Tomcat|Apache|Whitelabel|Hibernate|SQL");

	@LocalServerPort
	int port;

	@Test
	@Order(1)
	void hostileRequestsNeverBreakLeakOrEchoAndMostReachTheApplication() throws Exception {
		List<Probe> probes = generate(new Random(SEED));
		Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
		probes.forEach((p) -> perCategory.merge(p.category(), 1, Integer::sum));
		assertThat(probes).hasSizeGreaterThanOrEqualTo(1000);
		assertThat(perCategory.values()).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(50));

		List<String> failures = new ArrayList<>();
		Map<Category, Tally> tallies = new EnumMap<>(Category.class);
		long start = System.nanoTime();
		// Sent four at a time to keep the run short; the answers are judged in the order generated.
		ExecutorService senders = Executors.newFixedThreadPool(4);
		List<Future<Optional<RawHttp.Response>>> answers;
		try {
			answers = probes.stream().map((p) -> senders.submit(() -> RawHttp.send(this.port, p.bytes()))).toList();
			for (Future<Optional<RawHttp.Response>> answer : answers) {
				answer.get();
			}
		}
		finally {
			senders.shutdownNow();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		for (int i = 0; i < probes.size(); i++) {
			Probe probe = probes.get(i);
			Tally tally = tallies.computeIfAbsent(probe.category(), (c) -> new Tally());
			Optional<RawHttp.Response> answer = answers.get(i).get();
			if (answer.isEmpty() || answer.get().status() == 0) {
				// HTTP/0.9 (see the class comment): allowed only where the request line itself was broken.
				tally.dropped++;
				if (!probe.rawLineBreak()) {
					failures.add("no HTTP/1.1 answer to " + describe(probe));
				}
			}
			if (answer.isEmpty()) {
				continue;
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
				continue;
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
			if (response.headerNames().contains("set-cookie")) {
				failures.add("a cookie set (injected header?) for " + describe(probe));
			}
			if (reachedTheApplication(response)) {
				tally.reached++;
			}
		}
		report(tallies, probes.size(), millis);

		assertThat(failures).isEmpty();
		int reached = tallies.values().stream().mapToInt((t) -> t.reached).sum();
		assertThat(reached).as("requests that reached the application").isGreaterThan(probes.size() / 2);
		assertThat(tallies.get(Category.SEARCH).reached).as("searches that reached the search page")
			.isGreaterThan(PER_CATEGORY * 3 / 4);
		for (String path : List.of("/", "/articles/a01", "/topics/hub/page/2")) {
			RawHttp.Response after = RawHttp.get(this.port, path);
			assertThat(after.status()).as(path + " afterwards").isEqualTo(200);
			assertThat(Jsoup.parse(after.text()).select("header.site-header, main h1")).hasSize(2);
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

	static List<Probe> generate(Random random) {
		List<Probe> probes = new ArrayList<>();
		for (Category category : Category.values()) {
			for (int i = 0; i < PER_CATEGORY; i++) {
				probes.add(new Probe(category, request(category, random)));
			}
		}
		return probes;
	}

	private static String request(Category category, Random random) {
		String payload = encoded(pick(random, PAYLOADS));
		return switch (category) {
			case LONG_PATH -> get(longPath(random, payload));
			case TRAVERSAL -> get(pick(random, "/", "/css/", "/articles/", "/topics/hub/", "/tags/", "/static/",
					"/actuator/", "/favicon.ico/")
					+ pick(random, "%2e%2e%2f", "%2e%2e/", "..%2f", "../", "..;/", "%2e%2e%5c", "..%5c", "%252e%252e%252f",
							".%2e/", "%2e./", "....//", "..%c0%af", "%c0%ae%c0%ae/", "..%00/", "%2e%2e%2f%2e%2e%2f")
						.repeat(1 + random.nextInt(8))
					+ pick(random, "etc/passwd", "WEB-INF/web.xml", "application.properties", "content/articles/a01.md",
							"pom.xml", "META-INF/MANIFEST.MF", "windows/win.ini", "guide/legcramps/LegCrampsApplication.class")
					+ (random.nextBoolean() ? "?q=" + payload : ""));
			case NUL -> get(insert(random, pick(random, PAGES) + (random.nextBoolean() ? "?q=" + payload : ""),
					pick(random, "%00", "%00", "%00.md", "%2500", "\u0000", "%00%00", "%c0%80")));
			case BAD_UTF8 -> {
				String bad = pick(random, "%c0%af", "%c0%ae", "%e0%80%af", "%f0%80%80%af", "%c1%bf", "%ff", "%fe", "%c3",
						"%ed%a0%80", "%f8%88%80%80%80", "%80", "%c3%28", "%e2%82", "\u00c0\u00af", "\u00ff", "\u00e9");
				yield get(random.nextBoolean() ? insert(random, pick(random, PAGES), bad)
						: pick(random, PAGES) + "?" + pick(random, "q", "page", bad) + "=" + bad + payload);
			}
			case QUERY -> get(pick(random, PAGES) + "?" + query(random, payload));
			case PAGE_NUMBERS -> get(pick(random, LISTS) + "/page/"
					+ pick(random, "-1", "0", "1", "2", "3", "1e9", "abc", "007", "99999999999", "2147483648", "-0", "+1",
							"1.5", "%20", "0x10", "%31", "1%00", "%E2%88%9E", "NaN", "1" + payload, "", "2/", "1e9/page/2")
					+ (random.nextInt(3) == 0 ? "?page=abc&page=-1" : ""));
			case ACCEPT -> get(pick(random, PAGES), "Accept: " + pick(random, "*/*;q=abc", "application/json",
					"text/html;level=" + pick(random, PAYLOADS), ";;;", "a/b/c", "x".repeat(4000), "image/*",
					"application/xml", "", "text/*;q=0", "*/*;q=-1", "text/html, " + "a/b, ".repeat(300),
					"application/vnd.spring-boot.actuator.v3+json", "text/plain", pick(random, PAYLOADS),
					"text/html;charset=\u00ff", "text/html;q=1e999"));
			case HOST -> host(random, pick(random, PAGES) + "?q=" + payload);
			case RANGE -> get(pick(random, "/css/site.css", "/favicon.ico", "/", "/articles/a01", "/actuator/health",
					"/no-such-page"),
					"Range: " + pick(random, "bytes=0-10", "bytes=-1", "bytes=999999-", "bytes=abc", "bytes=10-5",
							"items=0-1", "bytes=" + "0-1,".repeat(400) + "2-3", "bytes=0-0,-1", "bytes=--1", "bytes=1-2-3",
							pick(random, PAYLOADS), "bytes=0-99999999999999999999", "", "bytes=0-1, 1-2, 2-3, 0-"),
					random.nextBoolean() ? "If-Range: " + pick(random, "\"x\"", "junk", pick(random, PAYLOADS)) : "X-Fuzz: 1");
			case CRLF -> crlf(random, payload);
			case METHODS -> method(random, payload);
			case SEARCH -> get(search(random, payload));
		};
	}

	private static String longPath(Random random, String payload) {
		int length = 1 + random.nextInt(8192);
		String base = pick(random, PAGES);
		StringBuilder path = new StringBuilder(base.equals("/") ? "" : base);
		while (path.length() < length) {
			path.append('/');
			int segment = 1 + random.nextInt(200);
			for (int c = 0; c < segment; c++) {
				path.append("abcdefghijklmnopqrstuvwxyz0123456789-._~".charAt(random.nextInt(40)));
			}
			if (random.nextInt(10) == 0) {
				path.append(payload);
			}
		}
		return path.substring(0, length);
	}

	private static String query(Random random, String payload) {
		return switch (random.nextInt(6)) {
			case 0 -> "page=abc&".repeat(1 + random.nextInt(800)) + "q=" + payload;
			case 1 -> "q=" + "A%41".repeat(1 + random.nextInt(1700)) + payload;
			case 2 -> "p=1&".repeat(1000 + random.nextInt(800));
			case 3 -> pick(random, "page=abc", "page=-1", "page=1e9", "size=99999999999999", "sort=" + payload,
					"&&&==&=", "%5B%5D=1&a%5Bx%5D=2", "page", "=", "page=%", "page=%zz", "q=" + payload + "&q=" + payload);
			case 4 -> payload + "=" + payload;
			default -> "page=" + random.nextInt() + "&size=" + random.nextLong() + "&q=" + payload;
		};
	}

	/** The search page with what a hostile or careless reader might type, and odd page numbers. */
	private static String search(Random random, String payload) {
		String words = switch (random.nextInt(6)) {
			case 0 -> payload;
			case 1 -> pick(random, "cramp", "magnesium", "alpha", "") + pick(random, QUERY_SYNTAX) + pick(random, QUERY_SYNTAX)
					+ pick(random, "x", "alpha", "%20", payload);
			case 2 -> "alpha%20".repeat(1 + random.nextInt(1200));
			case 3 -> pick(random, "%E2%80%8B", "%F0%9F%A6%B5", "%C3%A9", "%EF%BF%BD", "%E2%80%AE", "%C2%A0", "%0B", "%7F",
					"%00", "%C3%28", "%ED%A0%80", "%25") + payload;
			case 4 -> String.join("%20", java.util.Collections.nCopies(30, pick(random, QUERY_SYNTAX)));
			default -> "a".repeat(1 + random.nextInt(3000)) + payload;
		};
		String page = switch (random.nextInt(6)) {
			case 0, 1, 2 -> "";
			case 3 -> "&page=" + pick(random, "-1", "0", "1", "2", "abc", "1e9", "99999999999", "%00", payload, "", "007");
			case 4 -> "&q=" + payload + "&page=1&page=2";
			default -> "&page=" + random.nextInt(1_000_000);
		};
		return pick(random, "/search?q=", "/search?q=", "/search/?q=", "/search?Q=", "/search?q[]=") + words + page;
	}

	private static String host(Random random, String target) {
		String hostLines = pick(random, "", "Host: \r\n", "Host: <script>alert(8)</script>\r\n", "Host: evil.example\r\n",
				"Host: " + "a".repeat(300) + ".example\r\n", "Host: localhost:99999\r\n", "Host: [::1\r\n",
				"Host: 127.0.0.1\r\n", "Host: localhost/path\r\n", "Host: a@b\r\n", "Host: localhost:abc\r\n",
				"Host: local host\r\n", "Host: localhost\u00e9\r\n", "Host: localhost, evil.example\r\n",
				"Host: localhost\r\nHost: evil.example\r\n", "Host: \"><svg onload=alert(8)>\r\n",
				"X-Forwarded-Host: evil.example\r\nHost: localhost\r\n");
		return "GET " + target + " HTTP/1.1\r\n" + hostLines + "Connection: close\r\n\r\n";
	}

	private static String crlf(Random random, String payload) {
		String list = pick(random, LISTS);
		String injected = pick(random, "Set-Cookie:%20a=1", "Location:%20https://evil.example/", "X-Injected:%201",
				"%0d%0a" + payload, "Content-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK");
		if (random.nextInt(10) < 6) {
			String crlf = pick(random, "%0d%0a", "%0a", "%0d", "%0D%0A", "%E5%98%8A%E5%98%8D", "%c4%8a", "%u000a");
			String target = switch (random.nextInt(3)) {
				case 0 -> list + crlf + injected + "/page/1";
				case 1 -> pick(random, PAGES) + "?q=" + crlf + injected;
				default -> list + "/page/" + crlf + injected;
			};
			return get(target);
		}
		String raw = pick(random, "\r\n", "\n", "\r", "\r\n\r\n");
		String target = list + raw + pick(random, "Set-Cookie: a=1", "X-Injected: 1", payload) + pick(random, "", "/page/1");
		return get(target);
	}

	private static String method(Random random, String payload) {
		String method;
		if (random.nextBoolean()) {
			StringBuilder token = new StringBuilder();
			for (int c = 3 + random.nextInt(10); c > 0; c--) {
				token.append((char) ('A' + random.nextInt(26)));
			}
			method = token.toString();
		}
		else {
			method = pick(random, "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "PROPPATCH",
					"MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "PURGE", "DEBUG", "TRACK", "BREW", "get", "Get",
					"X-CUSTOM", "M-SEARCH");
		}
		String target = method.equals("CONNECT") ? "localhost:443" : pick(random, PAGES) + "?q=" + payload;
		String body = "a=" + payload;
		return new String(RawHttp.request(method, target, "Content-Type: application/x-www-form-urlencoded",
				"Content-Length: " + body.length()), StandardCharsets.ISO_8859_1) + body;
	}

	private static String get(String target, String... headerLines) {
		return new String(RawHttp.request("GET", target, headerLines), StandardCharsets.ISO_8859_1);
	}

	private static String insert(Random random, String target, String what) {
		int at = 1 + random.nextInt(Math.max(1, target.length()));
		return target.substring(0, Math.min(at, target.length())) + what + target.substring(Math.min(at, target.length()));
	}

	/** Percent-encodes the characters Tomcat refuses raw in a request target; keeps the rest readable. */
	static String encoded(String payload) {
		return payload.replace("%", "%25")
			.replace("<", "%3C")
			.replace(">", "%3E")
			.replace("\"", "%22")
			.replace(" ", "%20");
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static <T> T pick(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static String describe(Probe probe) {
		String request = probe.request().replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
		return probe.category() + " " + request.substring(0, Math.min(300, request.length()));
	}

	private static void report(Map<Category, Tally> tallies, int total, long millis) {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d hostile requests in %d ms%n", total, millis));
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
