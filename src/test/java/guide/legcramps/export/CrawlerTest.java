package guide.legcramps.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The crawl against a small server of its own, so a broken link and every kind of link can be arranged. */
class CrawlerTest {

	private static final String BASE_URL = "https://example.org";

	@TempDir
	Path dir;

	private HttpServer server;

	private final Map<String, Integer> requests = new ConcurrentHashMap<>();

	private final List<String> acceptEncodings = new CopyOnWriteArrayList<>();

	private final Map<String, Response> site = Map.of(
			"/", html("<a href=\"/a\">a</a> <a href=\"/missing\">gone</a> <a href=\"https://example.org/b#top\">b</a>"
					+ " <a href=\"/search?q=x\">query</a> <a href=\"https://other.org/c\">other</a>"
					+ " <a href=\"//cdn.example/d.js\">cdn</a> <a href=\"#main\">skip</a> <a href=\"mailto:x@example.org\">mail</a>"
					+ " <img src=\" /img/a%20b.png \" alt=\"\"> <a href=\"/old\">old</a> <a href=\"/bad%zz\">bad</a>"),
			"/a", html("<a href=\"/\">home</a> <link rel=\"stylesheet\" href=\"/css/site-0a1b.css\">"),
			"/b", html("<a href=\"/a\">a again</a> <a href=\"/a/../missing\">gone again</a>"),
			"/css/site-0a1b.css", new Response(200, "text/css", "body{}"),
			"/img/a b.png", new Response(200, "image/png", "png"),
			"/feed.xml", new Response(200, "application/atom+xml;charset=UTF-8", "<feed/>"));

	private record Response(int status, String type, String body) {
	}

	private static Response html(String body) {
		return new Response(200, "text/html;charset=UTF-8", "<!DOCTYPE html><html lang=\"en\"><body>" + body + "</body></html>");
	}

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.requests.merge(path, 1, Integer::sum);
		this.acceptEncodings.addAll(exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of()));
		Response response = this.site.getOrDefault(path, new Response(404, "text/html", "not found"));
		byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", response.type());
		exchange.sendResponseHeaders(response.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private Crawler.Result crawl(List<String> start, List<String> done) throws Exception {
		ExportFolder folder = ExportFolder.open(this.dir);
		folder.clear();
		URI uri = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		return new Crawler(uri, BASE_URL, folder, 2).crawl(start, done);
	}

	@Test
	void followsEveryLinkToTheSiteOnceAndReportsTheBrokenOnesWithTheirPage() throws Exception {
		Crawler.Result result = crawl(List.of("/", "/feed.xml"), List.of("/old"));

		assertThat(result.failures()).containsExactlyInAnyOrder("/missing (linked from /): answered 404, not 200",
				"/: links to '/bad%zz', which is not a valid address");
		assertThat(this.requests).containsOnlyKeys("/", "/feed.xml", "/a", "/b", "/missing", "/img/a b.png",
				"/css/site-0a1b.css");
		assertThat(this.requests.values()).containsOnly(1);
		assertThat(result.pages()).isEqualTo(3);
		assertThat(result.feeds()).isEqualTo(1);
		assertThat(result.files()).isEqualTo(2);
		assertThat(this.dir.resolve("index.html")).hasContent(this.site.get("/").body());
		assertThat(this.dir.resolve("b/index.html")).hasContent(this.site.get("/b").body());
		assertThat(this.dir.resolve("img/a b.png")).hasContent("png");
		assertThat(this.dir.resolve("css/site-0a1b.css")).hasContent("body{}");
		assertThat(this.dir.resolve("missing")).doesNotExist();
	}

	@Test
	void asksForNoCompressedBodies() throws Exception {
		crawl(List.of("/"), List.of());
		assertThat(this.acceptEncodings).isEmpty();
	}

	@Test
	void aStartingAddressThatFailsIsReportedWithoutAPage() throws Exception {
		Crawler.Result result = crawl(List.of("/css/site-0a1b.css", "/css/site.css"), List.of());
		assertThat(result.failures()).containsExactly("/css/site.css: answered 404, not 200");
		assertThat(result.files()).isEqualTo(1);
	}

	@Test
	void linksWithinTheSiteAreItsPathsDecoded() throws Exception {
		Crawler crawler = new Crawler(URI.create("http://127.0.0.1:1"), BASE_URL, ExportFolder.open(this.dir), 1);
		assertThat(crawler.sitePath("/articles/x")).isEqualTo("/articles/x");
		assertThat(crawler.sitePath("/articles/x#sources")).isEqualTo("/articles/x");
		assertThat(crawler.sitePath("/img/a%20b.png")).isEqualTo("/img/a b.png");
		assertThat(crawler.sitePath("/a/./b/../c")).isEqualTo("/a/c");
		assertThat(crawler.sitePath("https://example.org/topics/x")).isEqualTo("/topics/x");
		assertThat(crawler.sitePath("https://example.org.evil/x")).isNull();
		assertThat(crawler.sitePath("https://other.org/x")).isNull();
		assertThat(crawler.sitePath("//example.org/x")).isNull();
		assertThat(crawler.sitePath("/search?q=x")).isNull();
		assertThat(crawler.sitePath("#main")).isNull();
		assertThat(crawler.sitePath("relative/x")).isNull();
	}

}
