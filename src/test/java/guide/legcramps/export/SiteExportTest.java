package guide.legcramps.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.FixtureContent;
import guide.legcramps.FixtureSiteTest;
import guide.legcramps.search.SearchPaths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export of the fixture site, checked file by file against the same running server: every file
 * must hold exactly the bytes that server sends, uncompressed, at the file's address.
 */
@FixtureSiteTest
class SiteExportTest {

	private static final String BASE_URL = "https://example.org";

	@LocalServerPort
	int port;

	@Autowired
	SiteExport siteExport;

	@TempDir
	Path dir;

	/** Sends no Accept-Encoding and follows no redirect, as the export itself. */
	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private ExportResult export() throws Exception {
		return this.siteExport.export(URI.create("http://127.0.0.1:" + this.port), ExportFolder.open(this.dir));
	}

	private HttpResponse<byte[]> live(String path) throws Exception {
		URI uri = new URI("http", null, "127.0.0.1", this.port, path, null, null);
		return this.client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Every exported file but the marker and the 404 page, by the address it was fetched from. */
	private Map<String, Path> exported() throws Exception {
		Map<String, Path> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(this.dir)) {
			walk.filter(Files::isRegularFile).forEach((file) -> {
				String relative = this.dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
				if (!relative.equals(ExportFolder.MARKER) && !relative.equals(ExportFolder.NOT_FOUND_PAGE)) {
					files.put(address(relative), file);
				}
			});
		}
		return files;
	}

	/** The inverse of {@link ExportFolder#file}. */
	private static String address(String relative) {
		if (relative.equals("index.html")) {
			return "/";
		}
		return "/" + (relative.endsWith("/index.html") ? relative.substring(0, relative.length() - "/index.html".length())
				: relative);
	}

	@Test
	void everyFileHoldsExactlyWhatTheServerSendsAtItsAddress() throws Exception {
		ExportResult result = export();
		assertThat(result.failures()).isEmpty();
		assertThat(result.contentErrors()).isZero();
		assertThat(result.status()).isZero();

		Map<String, Path> files = exported();
		Map<String, String> redirects = new TreeMap<>();
		for (Map.Entry<String, Path> file : files.entrySet()) {
			// the search page of a static copy is the A to Z list: there is no server to search with
			HttpResponse<byte[]> live = live(file.getKey().equals(SearchPaths.RESULTS) ? SearchPaths.A_TO_Z : file.getKey());
			if (live.statusCode() == 301) {
				redirects.put(file.getKey(), live.headers().firstValue("Location").orElseThrow());
				assertRedirectPage(file.getValue(), BASE_URL + redirects.get(file.getKey()));
			}
			else {
				assertThat(live.statusCode()).as(file.getKey()).isEqualTo(200);
				assertThat(live.headers().firstValue("Content-Encoding")).as(file.getKey()).isEmpty();
				// ISO-8859-1 maps each byte to one character: a byte-exact comparison with a readable diff
				assertThat(Files.readString(file.getValue(), StandardCharsets.ISO_8859_1)).as(file.getKey())
					.isEqualTo(new String(live.body(), StandardCharsets.ISO_8859_1));
			}
		}
		assertThat(redirects).containsExactlyInAnyOrderEntriesOf(
				Map.of("/articles/old-seven", "/articles/a07", "/old/seventh", "/articles/a07"));
		assertThat(result.redirects()).isEqualTo(2);
		assertThat(result.pages() + result.feeds() + result.files() + result.redirects()).isEqualTo(files.size() + 1);

		HttpResponse<byte[]> notFound = live("/no-such-page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(this.dir.resolve(ExportFolder.NOT_FOUND_PAGE)).hasBinaryContent(notFound.body());
	}

	@Test
	void exportsTheSitemapEveryPageOfEachListTheFeedsAndTheFilesButNothingUnpublished() throws Exception {
		export();
		Map<String, Path> files = exported();

		Document sitemap = Jsoup.parse(new String(live("/sitemap.xml").body(), StandardCharsets.UTF_8), "",
				Parser.xmlParser());
		List<String> listed = sitemap.select("url > loc").eachText();
		assertThat(listed).hasSizeGreaterThan(20).allMatch((url) -> url.startsWith(BASE_URL + "/"));
		assertThat(files.keySet()).containsAll(listed.stream().map((url) -> url.substring(BASE_URL.length())).toList());

		// page size 10: the hub topic, tag alpha and author team each list 12 articles
		assertThat(files).containsKeys("/topics/hub/page/2", "/tags/alpha/page/2", "/authors/team/page/2");
		assertThat(files).doesNotContainKeys("/topics/hub/page/3", "/tags/alpha/page/3", "/authors/team/page/3",
				"/topics/side/page/2", "/tags/beta/page/2");
		Document page2 = Jsoup.parse(files.get("/topics/hub/page/2").toFile(), "UTF-8");
		assertThat(page2.title()).startsWith("Hub");
		assertThat(page2.title()).contains("(page 2)");
		assertThat(page2.select("link[rel=prev]").attr("href")).isEqualTo("/topics/hub");

		assertThat(files).containsKeys("/feed.xml", "/topics/hub/feed.xml", "/topics/side/feed.xml", "/sitemap.xml",
				"/robots.txt", "/favicon.ico", "/css/site.css", "/about", "/privacy", "/authors/solo");
		// served by the server though no list offers it and no page links to it
		assertThat(files).containsKeys("/tags/unused", "/export/unlinked.txt");
		assertThat(this.dir.resolve("404.html")).isRegularFile();

		assertThat(files.keySet()).noneMatch((path) -> path.contains("draft-note") || path.contains("coming-soon"));
		for (Path file : files.values()) {
			assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
				.doesNotContain("draft-note", "Draft note", "coming-soon", "Coming soon");
		}
	}

	@Test
	void theSearchBoxOfEveryPageLeadsToEveryArticleAToZ() throws Exception {
		export();
		Map<String, Path> files = exported();
		for (Map.Entry<String, Path> file : files.entrySet()) {
			if (file.getKey().equals("/") || file.getKey().startsWith("/articles/a")) {
				Document page = Jsoup.parse(file.getValue().toFile(), "UTF-8");
				assertThat(page.select("header search form").attr("action")).as(file.getKey()).isEqualTo(SearchPaths.RESULTS);
			}
		}
		Document search = Jsoup.parse(files.get(SearchPaths.RESULTS).toFile(), "UTF-8");
		assertThat(search.select("h1").text()).isEqualTo("Every article, A to Z");
		assertThat(search.select("main").text()).contains("Full search", "needs the live site");
		assertThat(search.select(".article-list h3 a").eachAttr("href")).containsExactlyInAnyOrderElementsOf(
				FixtureContent.publicArticles().stream().map((doc) -> "/articles/" + doc.slug()).toList());
		assertThat(search.select(".article-list p").eachText()).containsAll(
				FixtureContent.publicArticles().stream().map((doc) -> doc.text("summary")).toList());
		assertThat(files).containsKey("/opensearch.xml");
	}

	@Test
	void anAliasBecomesAPageThatSendsReadersAndSearchEnginesToTheArticle() throws Exception {
		export();
		String target = BASE_URL + "/articles/a07";
		assertRedirectPage(this.dir.resolve("articles/old-seven/index.html"), target);
		assertRedirectPage(this.dir.resolve("old/seventh/index.html"), target);
	}

	@Test
	void aSecondExportReplacesTheFirst() throws Exception {
		export();
		Files.writeString(this.dir.resolve("stale.html"), "from an older site");
		Files.createDirectories(this.dir.resolve("articles/removed"));
		Files.writeString(this.dir.resolve("articles/removed/index.html"), "an article since deleted");
		byte[] home = Files.readAllBytes(this.dir.resolve("index.html"));

		ExportResult again = export();

		assertThat(again.failures()).isEmpty();
		assertThat(this.dir.resolve("stale.html")).doesNotExist();
		assertThat(this.dir.resolve("articles/removed")).doesNotExist();
		assertThat(this.dir.resolve("index.html")).hasBinaryContent(home);
		assertThat(this.dir.resolve(ExportFolder.MARKER)).isRegularFile();
	}

	private static void assertRedirectPage(Path file, String target) throws Exception {
		String html = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(html).as(file.toString()).startsWithIgnoringCase("<!doctype html>");
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.head().child(0).attr("charset")).isEqualToIgnoringCase("utf-8");
		assertThat(page.title()).isNotBlank();
		assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(target);
		assertThat(page.select("head meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + target);
		assertThat(page.select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("body a").eachAttr("href")).containsExactly(target);
		assertThat(page.select("body a").text()).isEqualTo(target);
	}

}
