package guide.legcramps.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.DigestUtils;

/**
 * The hostile requests {@link HostileRequestsFuzzTest} sends, generated from a seed so every run
 * sends the same bytes: {@value #PER_CATEGORY} in each category, aimed at every root the fixture
 * site answers (search included), each carrying a script payload encoded as its place needs.
 * Requests leave the connection open (no {@code Connection: close}), as a browser's or a load
 * balancer's do.
 */
final class HostileRequests {

	private HostileRequests() {
	}

	static final int PER_CATEGORY = 650;

	enum Category {

		LONG_PATH, TRAVERSAL, NUL, BAD_UTF8, PERCENT, PATH_PARAMS, ODD_BYTES, ROOTS, QUERY, PAGE_NUMBERS, ACCEPT, HOST,
		RANGE, METHODS, SEARCH, CRLF

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

	/** The stylesheet under the fingerprinted name the pages link to. */
	static final String FINGERPRINTED_CSS = "/css/site-" + fingerprint("static/css/site.css") + ".css";

	/** Every kind of address the site answers, and some it does not. */
	static final List<String> ROOTS = List.of("/", "/topics", "/topics/hub", "/topics/hub/page/2", "/topics/side",
			"/tags", "/tags/alpha", "/tags/alpha/page/2", "/authors/team", "/authors/team/page/2", "/articles/a01",
			"/articles/side-story", "/about", "/privacy", "/old/seventh", "/feed.xml", "/topics/hub/feed.xml",
			"/sitemap.xml", "/robots.txt", "/css/site.css", FINGERPRINTED_CSS, "/favicon.ico", "/_content/problems",
			"/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/prometheus", "/livez", "/readyz", "/search", "/search?q=cramp", "/search/a-z", "/opensearch.xml",
			"/error", "/no-such-page");

	static final List<String> LISTS = List.of("/topics/hub", "/topics/side", "/tags/alpha", "/tags/beta", "/tags/unused",
			"/authors/team", "/authors/solo", "/topics/nowhere", "/tags/nowhere", "/authors/nobody");

	/** Script in the forms a reflection would show; every request carries one, encoded as its place needs. */
	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><svg onload=alert(2)>",
			"'><img src=x onerror=alert(3)>", "<iframe srcdoc=<script>alert(4)</script>>");

	/**
	 * Percent-escapes that cannot be read: a {@code %} without two hex digits after it, bytes that
	 * are not UTF-8, overlong forms, surrogates, code points past U+10FFFF; and a few that can.
	 */
	static final List<String> PERCENT_MUTATIONS = List.of("%", "%%", "%2", "%G1", "%g1", "%1G", "%zz", "%%81", "%%%",
			"%2%", "%u0041", "%-1", "%+1", "%c0%af", "%c0%80", "%e0%80%af", "%f0%80%80%af", "%c1%bf", "%ed%a0%80",
			"%ed%bf%bf", "%ed%a0%bd%ed%b8%80", "%f4%90%80%80", "%f8%88%80%80%80", "%c3", "%c3%28", "%e2%82", "%80",
			"%bf", "%fe", "%ff", "%25", "%2525", "%%25", "%e2%82%ac", "%41", "%3b", "%3B%25");

	/** What a path parameter may hold here: sub-delimiters, {@code %}, hex digits and a few letters. */
	static final String PARAMETER_CHARS = "abcf0123456789-._~!$&'()*+,;=:@%%%";

	/** Lucene's query syntax, which must mean nothing to search. */
	static final List<String> QUERY_SYNTAX = List.of("%22", "*", "?", "%3A", "(", ")", "~", "%5E", "%5B", "%5D", "%7B",
			"%7D", "%5C", "/", "AND", "OR", "NOT", "%26%26", "%7C%7C", "!", "%2B", "-", "~2", "*%3A*", "title%3A",
			"%5Ba%20TO%20z%5D", "/.*/", "%22%22", "%5C%22");

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
					"/actuator/", "/favicon.ico/", "/_content/", "/feed.xml/")
					+ pick(random, "%2e%2e%2f", "%2e%2e/", "..%2f", "../", "..;/", "%2e%2e%5c", "..%5c", "%252e%252e%252f",
							".%2e/", "%2e./", "....//", "..%c0%af", "%c0%ae%c0%ae/", "..%00/", "%2e%2e%2f%2e%2e%2f")
						.repeat(1 + random.nextInt(8))
					+ pick(random, "etc/passwd", "WEB-INF/web.xml", "application.properties", "content/articles/a01.md",
							"pom.xml", "META-INF/MANIFEST.MF", "windows/win.ini", "guide/legcramps/LegCrampsApplication.class")
					+ (random.nextBoolean() ? "?q=" + payload : ""));
			case NUL -> get(insert(random, pick(random, ROOTS) + (random.nextBoolean() ? "?q=" + payload : ""),
					pick(random, "%00", "%00", "%00.md", "%2500", "\u0000", "%00%00", "%c0%80")));
			case BAD_UTF8 -> {
				String bad = pick(random, "%c0%af", "%c0%ae", "%e0%80%af", "%f0%80%80%af", "%c1%bf", "%ff", "%fe", "%c3",
						"%ed%a0%80", "%f8%88%80%80%80", "%80", "%c3%28", "%e2%82", "\u00c0\u00af", "\u00ff", "\u00e9");
				yield get(random.nextBoolean() ? insert(random, pick(random, ROOTS), bad)
						: pick(random, ROOTS) + "?" + pick(random, "q", "page", bad) + "=" + bad + payload);
			}
			case PERCENT -> get(percent(random, payload));
			case PATH_PARAMS -> get(pathParameters(random, payload));
			case ODD_BYTES -> get(oddBytes(random, payload));
			case ROOTS -> root(random, payload);
			case QUERY -> get(pick(random, ROOTS) + "?" + query(random, payload));
			case PAGE_NUMBERS -> get(pick(random, LISTS) + "/page/"
					+ pick(random, "-1", "0", "1", "2", "3", "1e9", "abc", "007", "99999999999", "2147483648", "-0", "+1",
							"1.5", "%20", "0x10", "%31", "1%00", "%E2%88%9E", "NaN", "1" + payload, "", "2/", "1e9/page/2",
							"2;x=%", "%", "2%2", "%G1")
					+ (random.nextInt(3) == 0 ? "?page=abc&page=-1" : ""));
			case ACCEPT -> get(pick(random, ROOTS), "Accept: " + pick(random, "*/*;q=abc", "application/json",
					"text/html;level=" + pick(random, PAYLOADS), ";;;", "a/b/c", "x".repeat(4000), "image/*",
					"application/xml", "", "text/*;q=0", "*/*;q=-1", "text/html, " + "a/b, ".repeat(300),
					"application/vnd.spring-boot.actuator.v3+json", "text/plain", pick(random, PAYLOADS),
					"text/html;charset=\u00ff", "text/html;q=1e999", "application/openmetrics-text; version=1.0.0"));
			case HOST -> host(random, pick(random, ROOTS) + "?q=" + payload);
			case RANGE -> get(pick(random, "/css/site.css", FINGERPRINTED_CSS, "/favicon.ico", "/", "/articles/a01",
					"/actuator/health", "/feed.xml", "/no-such-page"),
					"Range: " + pick(random, "bytes=0-10", "bytes=-1", "bytes=999999-", "bytes=abc", "bytes=10-5",
							"items=0-1", "bytes=" + "0-1,".repeat(400) + "2-3", "bytes=0-0,-1", "bytes=--1", "bytes=1-2-3",
							pick(random, PAYLOADS), "bytes=0-99999999999999999999", "", "bytes=0-1, 1-2, 2-3, 0-"),
					random.nextBoolean() ? "If-Range: " + pick(random, "\"x\"", "junk", pick(random, PAYLOADS)) : "X-Fuzz: 1");
			case CRLF -> crlf(random, payload);
			case METHODS -> method(random, payload);
			case SEARCH -> get(search(random, payload));
		};
	}

	/** A malformed or surprising escape in the path, a path parameter, a query name or value, or at the end. */
	private static String percent(Random random, String payload) {
		String bad = pick(random, PERCENT_MUTATIONS);
		String root = pick(random, ROOTS);
		return switch (random.nextInt(5)) {
			case 0 -> insert(random, root, bad);
			case 1 -> root + ";" + pick(random, "a", "jsessionid", "v", "") + "=" + bad + (random.nextBoolean() ? payload : "");
			case 2 -> root + "?" + pick(random, "q", "page", "x") + "=" + bad + payload;
			case 3 -> root + "?" + bad + "=" + payload;
			default -> root + bad;
		};
	}

	/** Segments with path parameters of sub-delimiters, escapes and stray {@code %}, as a scanner writes them. */
	private static String pathParameters(Random random, String payload) {
		StringBuilder target = new StringBuilder(pick(random, ROOTS));
		for (int segment = random.nextInt(3); segment >= 0; segment--) {
			if (random.nextInt(3) > 0) {
				target.append('/');
				appendRandom(random, target, "abcdef0123456789-._~*@(", 1 + random.nextInt(8));
			}
			target.append(';');
			appendRandom(random, target, PARAMETER_CHARS, 1 + random.nextInt(12));
		}
		if (random.nextInt(4) == 0) {
			target.append(pick(random, ";jsessionid=0123ABCD", ";v=1", ";" + payload, "?q=" + payload));
		}
		return target.toString();
	}

	/** A byte of any value, raw or as an escape, anywhere in the target. */
	private static String oddBytes(Random random, String payload) {
		String target = pick(random, ROOTS) + (random.nextBoolean() ? "?q=" + payload : "");
		StringBuilder odd = new StringBuilder();
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			int value = random.nextInt(256);
			odd.append(random.nextBoolean() ? String.valueOf((char) value)
					: String.format(Locale.ROOT, random.nextBoolean() ? "%%%02x" : "%%%02X", value));
		}
		return insert(random, target, odd.toString());
	}

	/** Every root in odd but legal spellings, as GET or HEAD, some with a conditional or gzip. */
	private static String root(Random random, String payload) {
		String root = pick(random, ROOTS);
		String target = switch (random.nextInt(9)) {
			case 0 -> root + "/";
			case 1 -> root.replaceFirst("/", "//");
			case 2 -> root.replaceFirst("/([a-z])", "/%$1").replace("%a", "%61").replace("%t", "%74").replace("%c", "%63");
			case 3 -> root + ";jsessionid=" + Integer.toHexString(random.nextInt());
			case 4 -> root.toUpperCase(Locale.ROOT);
			case 5 -> root + "/./";
			case 6 -> root + "?q=" + payload;
			default -> root;
		};
		String method = random.nextInt(4) == 0 ? "HEAD" : "GET";
		return new String(RawHttp.keepAliveRequest(method, target,
				pick(random, "If-None-Match: \"" + Integer.toHexString(random.nextInt()) + "\"", "If-None-Match: *",
						"Accept-Encoding: gzip", "Accept-Encoding: " + payload, "If-Modified-Since: yesterday",
						"X-Fuzz: 1")),
				StandardCharsets.ISO_8859_1);
	}

	private static String longPath(Random random, String payload) {
		int length = 1 + random.nextInt(8192);
		String base = pick(random, ROOTS);
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
		return "GET " + target + " HTTP/1.1\r\n" + hostLines + "\r\n";
	}

	private static String crlf(Random random, String payload) {
		String list = pick(random, LISTS);
		String injected = pick(random, "Set-Cookie:%20a=1", "Location:%20https://evil.example/", "X-Injected:%201",
				"%0d%0a" + payload, "Content-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK");
		if (random.nextInt(10) < 6) {
			String crlf = pick(random, "%0d%0a", "%0a", "%0d", "%0D%0A", "%E5%98%8A%E5%98%8D", "%c4%8a", "%u000a");
			String target = switch (random.nextInt(3)) {
				case 0 -> list + crlf + injected + "/page/1";
				case 1 -> pick(random, ROOTS) + "?q=" + crlf + injected;
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
		String target = method.equals("CONNECT") ? "localhost:443" : pick(random, ROOTS) + "?q=" + payload;
		String body = "a=" + payload;
		return new String(RawHttp.keepAliveRequest(method, target, "Content-Type: application/x-www-form-urlencoded",
				"Content-Length: " + body.length()), StandardCharsets.ISO_8859_1) + body;
	}

	private static String get(String target, String... headerLines) {
		return new String(RawHttp.keepAliveRequest("GET", target, headerLines), StandardCharsets.ISO_8859_1);
	}

	private static void appendRandom(Random random, StringBuilder to, String alphabet, int length) {
		for (int c = 0; c < length; c++) {
			to.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
	}

	private static String fingerprint(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return DigestUtils.md5DigestAsHex(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

}
