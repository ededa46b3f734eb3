package guide.legcramps.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import guide.legcramps.FixtureCopy;
import guide.legcramps.LegCrampsApplication;
import guide.legcramps.content.load.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache over real HTTP, on a copy of the fixture site: entity tags from the bytes alone,
 * 304s, gzip with its own tag, cache lifetimes, fingerprinted assets, and a reload dropping exactly
 * the pages it changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageCacheTest {

	static final Path DIR = FixtureCopy.of("page-cache");

	static final String TAG = "\"[A-Za-z0-9_-]{22}\"";

	static final String GZIP_TAG = "\"[A-Za-z0-9_-]{22}-gz\"";

	/** Every kind of page, feed and file the site serves, each list page with its later pages. */
	static final List<String> PAGES = List.of("/", "/topics", "/topics/hub", "/topics/hub/page/2", "/topics/side",
			"/topics/hub/feed.xml", "/topics/side/feed.xml", "/tags", "/tags/alpha", "/tags/beta", "/tags/gamma",
			"/tags/unused", "/authors/team", "/authors/solo", "/about", "/privacy", "/feed.xml", "/sitemap.xml",
			"/robots.txt", "/favicon.ico", "/css/site.css", "/articles/a01", "/articles/a02", "/articles/a03",
			"/articles/a04", "/articles/a05", "/articles/a06", "/articles/a07", "/articles/a08", "/articles/a09",
			"/articles/a10", "/articles/a11", "/articles/a12", "/articles/side-story");

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", DIR::toString);
	}

	@AfterAll
	static void deleteCopy() throws IOException {
		FileSystemUtils.deleteRecursively(DIR);
	}

	@LocalServerPort
	int port;

	@Autowired
	PageCache cache;

	@Autowired
	ContentLoader loader;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	@Order(1)
	void everyPageHasATagDerivedFromItsBytesAloneTheSameOnAnotherInstance() {
		Map<String, String> here = new HashMap<>();
		PAGES.forEach((path) -> here.put(path, get(path).headers().firstValue("ETag").orElseThrow()));
		assertThat(here.values()).allMatch((tag) -> tag.matches(TAG));
		assertThat(Set.copyOf(here.values())).as("different pages, different tags").hasSameSizeAs(PAGES);
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(LegCrampsApplication.class)
			.properties("server.port=0", "site.content-dir=" + DIR)
			.run()) {
			int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
			for (String path : PAGES) {
				HttpResponse<byte[]> there = send(otherPort, request(path).build());
				assertThat(there.headers().firstValue("ETag")).as(path).contains(here.get(path));
			}
		}
	}

	@Test
	@Order(2)
	void pagesAreFreshForFiveMinutesThenRevalidated() {
		for (String path : List.of("/", "/articles/a01", "/topics/hub/page/2", "/feed.xml", "/sitemap.xml", "/about")) {
			HttpResponse<byte[]> page = get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Cache-Control")).as(path)
				.contains("public, max-age=300, must-revalidate");
			assertThat(page.headers().firstValue("Content-Length")).as(path).contains(String.valueOf(page.body().length));
			assertThat(page.headers().firstValue("Content-Encoding")).as(path).isEmpty();
		}
		assertThat(get("/articles/a01").headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
		assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/atom+xml"));
	}

	@Test
	@Order(3)
	void textOverOneKilobyteIsGzippedWithItsOwnTagAndVary() {
		for (String path : List.of("/", "/articles/a01", "/feed.xml", "/sitemap.xml", "/css/site.css")) {
			HttpResponse<byte[]> plain = get(path);
			HttpResponse<byte[]> gzipped = send(request(path).header("Accept-Encoding", "br, gzip;q=0.8").build());
			assertThat(plain.body().length).as(path).isGreaterThan(1024);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
			assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
			assertThat(gzipped.headers().firstValue("Content-Length")).contains(String.valueOf(gzipped.body().length));
			String plainTag = plain.headers().firstValue("ETag").orElseThrow();
			assertThat(gzipped.headers().firstValue("ETag")).as(path)
				.contains(plainTag.substring(0, plainTag.length() - 1) + "-gz\"");
			assertThat(gzipped.headers().firstValue("ETag").orElseThrow()).matches(GZIP_TAG);
			assertThat(plain.headers().allValues("Vary")).as(path).containsExactly("Accept-Encoding");
			assertThat(gzipped.headers().allValues("Vary")).as(path).containsExactly("Accept-Encoding");
		}
		HttpResponse<byte[]> refused = send(request("/").header("Accept-Encoding", "gzip;q=0, identity").build());
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	@Order(4)
	void smallAndBinaryResponsesAreSentAsTheyAre() {
		for (String path : List.of("/robots.txt", "/favicon.ico")) {
			HttpResponse<byte[]> response = send(request(path).header("Accept-Encoding", "gzip").build());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(response.headers().firstValue("Vary")).as(path).isEmpty();
			assertThat(response.headers().firstValue("ETag").orElseThrow()).matches(TAG);
		}
		assertThat(get("/robots.txt").body().length).isLessThanOrEqualTo(1024);
	}

	@Test
	@Order(5)
	void aMatchingTagGetsNotModifiedWithNoBody() {
		HttpResponse<byte[]> page = get("/articles/a01");
		String tag = page.headers().firstValue("ETag").orElseThrow();
		String gzipTag = send(request("/articles/a01").header("Accept-Encoding", "gzip").build()).headers()
			.firstValue("ETag")
			.orElseThrow();
		for (String ifNoneMatch : List.of(tag, "W/" + tag, "\"other\", " + tag, "*")) {
			HttpResponse<byte[]> response = send(request("/articles/a01").header("If-None-Match", ifNoneMatch).build());
			assertThat(response.statusCode()).as(ifNoneMatch).isEqualTo(304);
			assertThat(response.body()).isEmpty();
			assertThat(response.headers().firstValue("ETag")).contains(tag);
			assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=300, must-revalidate");
			assertThat(response.headers().firstValue("Vary")).contains("Accept-Encoding");
			assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		}
		HttpResponse<byte[]> gzip = send(
				request("/articles/a01").header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag).build());
		assertThat(gzip.statusCode()).isEqualTo(304);
		assertThat(gzip.headers().firstValue("ETag")).contains(gzipTag);
		// the other encoding's tag names another representation: the client gets the one it can use
		HttpResponse<byte[]> crossed = send(
				request("/articles/a01").header("Accept-Encoding", "gzip").header("If-None-Match", tag).build());
		assertThat(crossed.statusCode()).isEqualTo(200);
		assertThat(crossed.headers().firstValue("Content-Encoding")).contains("gzip");
		HttpResponse<byte[]> stale = send(request("/articles/a01").header("If-None-Match", "\"stale\"").build());
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).isEqualTo(page.body());
		HttpResponse<byte[]> head = send(request("/articles/a01").method("HEAD", HttpRequest.BodyPublishers.noBody()).header("If-None-Match", tag).build());
		assertThat(head.statusCode()).isEqualTo(304);
	}

	@Test
	@Order(6)
	void headHasTheHeadersOfGetAndNoBody() {
		this.cache.clear();
		HttpResponse<byte[]> head = send(request("/tags/alpha").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
		HttpResponse<byte[]> get = get("/tags/alpha");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		for (String name : List.of("ETag", "Cache-Control", "Vary", "Content-Type", "Content-Length")) {
			assertThat(head.headers().allValues(name)).as(name).isEqualTo(get.headers().allValues(name)).isNotEmpty();
		}
	}

	@Test
	@Order(7)
	void theStylesheetIsLinkedByItsFingerprintAndCachedForAYear() {
		Document page = Jsoup.parse(new String(get("/").body(), StandardCharsets.UTF_8));
		String stylesheet = page.select("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<byte[]> fingerprinted = get(stylesheet);
		assertThat(fingerprinted.statusCode()).isEqualTo(200);
		assertThat(fingerprinted.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
		assertThat(fingerprinted.body()).isEqualTo(get("/css/site.css").body());
		assertThat(get("/css/site.css").headers().firstValue("Cache-Control"))
			.contains("public, max-age=300, must-revalidate");
		assertThat(page.select("link[rel=icon]").attr("href")).matches("/favicon-[0-9a-f]{32}\\.ico");
		assertThat(get("/css/site-0123456789abcdef0123456789abcdef.css").statusCode()).isEqualTo(404);
	}

	@Test
	@Order(8)
	void errorsAndTheActuatorAreNeverKept() {
		this.cache.clear();
		assertThat(get("/articles/no-such-article").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/articles/a01/").statusCode()).isEqualTo(404);
		assertThat(get("/articles/a01?utm_source=feed").statusCode()).isEqualTo(200);
		assertThat(this.cache.paths()).containsExactly("/articles/a01");
	}

	/**
	 * Edits one article and reloads ({@link #reloadAfter}). The edit is to the side topic's only article, so the other topic, the tags it does not carry,
	 * the other author, the standalone pages, the static files and the articles whose related lists
	 * do not name it stay.
	 */
	@Test
	@Order(9)
	void aReloadDropsExactlyThePagesTheEditChanged() throws IOException {
		Set<String> naming = new LinkedHashSet<>();
		Path file = DIR.resolve("articles/side-story.md");
		Reload reload = reloadAfter((before) -> {
			for (String path : PAGES) {
				if (path.startsWith("/articles/") && new String(before.get(path), StandardCharsets.UTF_8)
					.contains("<a href=\"/articles/side-story\"")) {
					naming.add(path);
				}
			}
			Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"Side story, renamed\""));
		});
		assertThat(reload.kept()).contains("/topics/hub", "/topics/hub/page/2", "/topics/hub/feed.xml", "/tags/alpha",
				"/tags/beta", "/tags/unused", "/authors/team", "/about", "/privacy", "/css/site.css", "/favicon.ico");
		assertThat(reload.dropped()).contains("/articles/side-story", "/topics/side", "/topics/side/feed.xml",
				"/tags/gamma", "/authors/solo", "/", "/topics", "/tags", "/feed.xml", "/sitemap.xml");
		assertThat(reload.dropped()).containsAll(naming);
		assertThat(reload.kept()).as("articles whose pages do not show it").containsAll(PAGES.stream()
			.filter((path) -> path.startsWith("/articles/") && !naming.contains(path)
					&& !path.equals("/articles/side-story"))
			.toList());
		assertThat(reload.changed()).contains("/articles/side-story", "/topics/side", "/tags/gamma", "/");
	}

	/**
	 * Edits a work in references.yaml that only one article cites: that article's page (its sources
	 * list) changes and is dropped with the site-wide pages; the hub, tag and page that cite other
	 * works, and the other articles, are kept.
	 */
	@Test
	@Order(10)
	void anEditToTheBibliographyDropsThePagesThatCiteTheWork() throws IOException {
		Path file = DIR.resolve("references.yaml");
		Reload reload = reloadAfter((before) -> Files.writeString(file, Files.readString(file)
			.replace("container-title: \"Journal of Physiotherapy\"", "container-title: \"J Physiother\"")));
		assertThat(reload.changed()).containsExactly("/articles/a01");
		assertThat(reload.dropped()).contains("/articles/a01", "/", "/sitemap.xml");
		assertThat(reload.kept()).contains("/articles/a02", "/topics/hub", "/topics/hub/feed.xml", "/tags/alpha", "/about");
	}

	/** An edit to the content, made while every page is cached and given the pages' bytes before it. */
	interface Edit {

		void apply(Map<String, byte[]> before) throws IOException;

	}

	/** What a reload kept and dropped from the cache, and which pages' bytes changed. */
	record Reload(Set<String> kept, Set<String> dropped, List<String> changed) {
	}

	/**
	 * Caches every page, edits and reloads. The pages dropped must include every page whose bytes
	 * changed (no reader gets a stale page), and the pages kept must be byte for byte what the
	 * application makes afresh from the new content (checked by clearing the cache and making them
	 * all again).
	 */
	private Reload reloadAfter(Edit edit) throws IOException {
		this.cache.clear();
		Map<String, byte[]> before = new HashMap<>();
		PAGES.forEach((path) -> before.put(path, get(path).body()));
		assertThat(this.cache.paths()).containsExactlyInAnyOrderElementsOf(PAGES);
		edit.apply(before);
		this.loader.reload();

		Set<String> kept = this.cache.paths();
		Set<String> dropped = new LinkedHashSet<>(PAGES);
		dropped.removeAll(kept);
		Map<String, byte[]> keptBytes = new HashMap<>();
		kept.forEach((path) -> keptBytes.put(path, get(path).body()));
		List<String> changed = new ArrayList<>();
		this.cache.clear();
		for (String path : PAGES) {
			byte[] fresh = get(path).body();
			if (!Arrays.equals(fresh, before.get(path))) {
				changed.add(path);
			}
			if (keptBytes.containsKey(path)) {
				assertThat(new String(keptBytes.get(path), StandardCharsets.UTF_8)).as("kept %s is current", path)
					.isEqualTo(new String(fresh, StandardCharsets.UTF_8));
			}
		}
		assertThat(dropped).containsAll(changed);
		return new Reload(Set.copyOf(kept), dropped, changed);
	}

	private HttpResponse<byte[]> get(String path) {
		return send(request(path).build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<byte[]> send(HttpRequest request) {
		return send(this.port, request);
	}

	private HttpResponse<byte[]> send(int port, HttpRequest request) {
		URI uri = request.uri();
		HttpRequest onPort = HttpRequest.newBuilder(request, (name, value) -> true)
			.uri(URI.create("http://localhost:" + port + uri.getRawPath()
					+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")))
			.build();
		try {
			return this.client.send(onPort, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gunzip(byte[] gzipped) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
