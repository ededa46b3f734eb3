package guide.legcramps.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import guide.legcramps.FixtureCopy;
import guide.legcramps.cache.PageCache;
import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images of a copy of the images fixture over real HTTP: served at their fingerprinted
 * addresses with their types, a year's immutable caching and the site's headers; never served when
 * they failed their checks or by any other name; exported byte for byte; and a changed image gives
 * the pages that show it a new address, dropping their cached copies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ImageSiteTest.ImagesCopy.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageSiteTest {

	/** A copy of the images fixture, as the tests edit it. */
	static class ImagesCopy extends FixtureCopy.Initializer {

		ImagesCopy() {
			super("images");
		}

	}

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	@LocalServerPort
	int port;

	@Autowired
	ContentLoader loader;

	@Autowired
	SiteProperties site;

	@Autowired
	PageCache cache;

	@Autowired
	SiteExport siteExport;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	@Order(1)
	void eachImageIsServedAtItsFingerprintWithItsTypeAYearsCachingAndTheSitesHeaders() throws Exception {
		Document page = page("/articles/with-figures");
		List<String> sources = page.select(".article-body img").eachAttr("src");
		assertThat(sources).hasSize(5);
		for (String name : List.of("calf.svg", "chart.png", "photo.jpg")) {
			byte[] file = Files.readAllBytes(this.site.contentDir().resolve("images").resolve(name));
			String address = address(name, file);
			assertThat(sources).contains(address);
			for (String method : List.of("GET", "HEAD")) {
				HttpResponse<byte[]> image = send(address, method);
				assertThat(image.statusCode()).as(method + " " + address).isEqualTo(200);
				assertThat(image.body()).isEqualTo(method.equals("GET") ? file : new byte[0]);
				assertThat(image.headers().firstValue("Content-Type")).as(address).contains(switch (name) {
					case "calf.svg" -> "image/svg+xml";
					case "chart.png" -> "image/png";
					default -> "image/jpeg";
				});
				assertThat(image.headers().firstValue("Cache-Control")).as(address).contains(IMMUTABLE);
				assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
				// an SVG opened on its own may run no script: the policy allows none inline and loads only this site
				assertThat(image.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
						(csp) -> assertThat(csp).startsWith("default-src 'self'").doesNotContain("unsafe-inline"));
			}
		}
	}

	@Test
	@Order(2)
	void anImageThatFailedItsChecksOrAnyOtherNameIsNeverServed() throws Exception {
		byte[] script = Files.readAllBytes(this.site.contentDir().resolve("images/script.svg"));
		byte[] calf = Files.readAllBytes(this.site.contentDir().resolve("images/calf.svg"));
		for (String path : List.of(address("script.svg", script), "/images/script.svg", "/images/calf.svg",
				address("calf.svg", script), "/images/" + address("calf.svg", calf).substring(8).toUpperCase(),
				"/images/fake.png", "/images/picture.gif", "/images/")) {
			HttpResponse<byte[]> response = send(path, "GET");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path).doesNotContain("alert");
		}
		assertThat(page("/articles/uses-failed").select("img, figure")).isEmpty();
	}

	@Test
	@Order(3)
	void theExportHoldsEveryImageThePagesShowByteForByteAndNoOther(@TempDir Path dir) throws Exception {
		ExportResult result = this.siteExport.export(URI.create("http://127.0.0.1:" + this.port), ExportFolder.open(dir));
		assertThat(result.failures()).isEmpty();
		List<String> exported;
		try (Stream<Path> files = Files.list(dir.resolve("images"))) {
			exported = files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
		assertThat(exported).hasSize(3);
		for (String name : List.of("calf.svg", "chart.png", "photo.jpg")) {
			byte[] file = Files.readAllBytes(this.site.contentDir().resolve("images").resolve(name));
			assertThat(dir.resolve(address(name, file).substring(1))).hasBinaryContent(file);
		}
	}

	@Test
	@Order(4)
	void aChangedImageGivesThePagesThatShowItANewAddressAndDropsTheirCachedCopies() throws Exception {
		String before = page("/articles/with-figures").select("figure img").first().attr("src");
		page("/articles/uses-failed");
		page("/topics/hub");
		assertThat(this.cache.paths()).contains("/articles/with-figures", "/articles/uses-failed", "/topics/hub", before);

		Path calf = this.site.contentDir().resolve("images/calf.svg");
		Files.writeString(calf, Files.readString(calf).replace("#333333", "#005a9c"));
		this.loader.reload();

		assertThat(this.cache.paths()).doesNotContain("/articles/with-figures", "/topics/hub")
			.contains("/articles/uses-failed");
		String after = page("/articles/with-figures").select("figure img").first().attr("src");
		assertThat(after).isNotEqualTo(before).isEqualTo(address("calf.svg", Files.readAllBytes(calf)));
		assertThat(page("/topics/hub").select("figure img").attr("src")).isEqualTo(after);
		HttpResponse<byte[]> image = send(after, "GET");
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(new String(image.body(), StandardCharsets.UTF_8)).contains("#005a9c");
	}

	private static String address(String name, byte[] bytes) throws Exception {
		String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		int dot = name.lastIndexOf('.');
		return "/images/" + name.substring(0, dot) + "-" + md5 + name.substring(dot);
	}

	private Document page(String path) throws Exception {
		HttpResponse<byte[]> response = send(path, "GET");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> send(String path, String method) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
