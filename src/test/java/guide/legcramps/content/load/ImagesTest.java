package guide.legcramps.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import guide.legcramps.article.Article;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images in {@code images/}, figures in the pages that show them, and every mistake an editor can
 * make: a file of the wrong type or size, an SVG holding anything but drawing, a missing file, an
 * empty alt text.
 */
class ImagesTest {

	private static final Path DIR = Path.of("src/test/resources/fixtures/images");

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final String NOT_ALLOWED = " is not allowed in an SVG image (allowed: circle, defs, desc, ellipse,"
			+ " g, line, marker, path, polygon, polyline, rect, svg, text, title, tspan)";

	private static ContentBuilder builder() {
		return new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5));
	}

	private static List<String> problems(ContentSnapshot snapshot, Path dir) {
		return snapshot.problems()
			.stream()
			.map(ContentProblem::toString)
			.map((p) -> p.substring(dir.toString().length() + 1))
			.toList();
	}

	private static Article article(ContentSnapshot snapshot, String slug) {
		return snapshot.articles().stream().filter((a) -> a.getSlug().equals(slug)).findFirst().orElseThrow();
	}

	private static String address(String name, byte[] bytes) throws NoSuchAlgorithmException {
		String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		int dot = name.lastIndexOf('.');
		return "/images/" + name.substring(0, dot) + "-" + md5 + name.substring(dot);
	}

	private static Path copy(Path temp) throws IOException {
		FileSystemUtils.copyRecursively(DIR, temp);
		return temp;
	}

	@Test
	void everyBadImageAndEveryBadUseIsReportedWithItsFileAndLine() {
		List<String> problems = problems(builder().build(DIR, TODAY), DIR);
		assertThat(problems.subList(0, problems.size() - 1)).containsExactly(
				"articles/broken-caption-link.md:12:1: error: broken link '/articles/nowhere': there is no page /articles/nowhere",
				"articles/empty-alt.md:12:1: error: an image needs alt text that says what it shows: ![what it shows](/images/calf.svg)",
				"articles/missing-image.md:12:1: error: image '/images/calff.svg' not found (no file images/calff.svg); did you mean 'calf.svg'?",
				"articles/uses-failed.md:12:1: warning: image '/images/script.svg' did not pass its checks (see its own problems); it is left out of the page until it is fixed",
				"images/Bad_Name.svg:1:1: error: file name 'Bad_Name.svg' is not a valid image name: use lowercase letters, digits and single hyphens, then .svg, .png, .jpg or .jpeg; skipped",
				"images/animate.svg:3:52: error: element 'set'" + NOT_ALLOWED,
				"images/entities.svg:2:15: error: a DOCTYPE is not allowed in an SVG image (DTDs and entities could read other files): delete the <!DOCTYPE ...> declaration",
				"images/external-entity.svg:2:15: error: a DOCTYPE is not allowed in an SVG image (DTDs and entities could read other files): delete the <!DOCTYPE ...> declaration",
				"images/external-paint.svg:2:80: error: attribute 'fill' may only refer to something in the same file, as url(#id), not 'url(https://evil.example/i09.svg#paint)'",
				"images/external-use.svg:2:51: error: element 'use'" + NOT_ALLOWED,
				"images/fake.jpg:1:1: error: is not a JPEG image: it does not begin with a JPEG marker; skipped",
				"images/fake.png:1:1: error: is not a PNG image: it does not begin with the PNG signature; skipped",
				"images/foreign.svg:2:41: error: element 'foreignObject'" + NOT_ALLOWED,
				"images/html-root.svg:1:44: error: the root element must be <svg xmlns=\"http://www.w3.org/2000/svg\">, not <html xmlns=\"http://www.w3.org/1999/xhtml\">",
				"images/javascript-link.svg:2:43: error: element 'a'" + NOT_ALLOWED,
				"images/onload.svg:2:28: error: attribute 'onload' is not allowed on 'svg' in an SVG image",
				"images/picture.gif:1:1: error: not an SVG, PNG or JPEG image (.svg, .png, .jpg or .jpeg); skipped",
				"images/script.svg:3:11: error: element 'script'" + NOT_ALLOWED,
				"images/style-attribute.svg:2:76: error: attribute 'style' is not allowed on 'rect' in an SVG image",
				"images/style-import.svg:2:10: error: element 'style'" + NOT_ALLOWED,
				"images/stylesheet.svg:2:71: error: a processing instruction ('<?xml-stylesheet') is not allowed in an SVG image: it could import a style sheet");
		// the rest of this message is the JDK parser's own, in the JVM's language
		assertThat(problems.getLast()).startsWith("images/unclosed.svg:2:20: error: is not well-formed XML: ");
	}

	@Test
	void onlyTheImagesThatPassedAreServedEachAtTheAddressOfItsBytes() throws Exception {
		ContentSnapshot snapshot = builder().build(DIR, TODAY);
		assertThat(snapshot.images()).containsOnlyKeys(
				address("calf.svg", Files.readAllBytes(DIR.resolve("images/calf.svg"))),
				address("chart.png", Files.readAllBytes(DIR.resolve("images/chart.png"))),
				address("photo.jpg", Files.readAllBytes(DIR.resolve("images/photo.jpg"))));
		snapshot.images()
			.forEach((address, image) -> assertThat(image.bytes())
				.isEqualTo(readUnchecked(DIR.resolve("images").resolve(image.name()))));
	}

	private static byte[] readUnchecked(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void pagesWithAMissingImageOrAnEmptyAltDoNotLoadAndAFailedImageIsLeftOut() {
		ContentSnapshot snapshot = builder().build(DIR, TODAY);
		assertThat(snapshot.articles()).extracting(Article::getSlug)
			.containsExactly("raw-caption", "uses-failed", "with-figures");
		String failed = article(snapshot, "uses-failed").getHtml();
		assertThat(failed).doesNotContain("<figure", "<img", "script.svg", "Left out")
			.contains("Text before the figure.", "Text after the figure.");
	}

	@Test
	void anImageOnAParagraphOfItsOwnBecomesAFigureWithItsCaptionRenderedAsText() throws Exception {
		ContentSnapshot snapshot = builder().build(DIR, TODAY);
		Element body = Jsoup.parseBodyFragment(article(snapshot, "with-figures").getHtml()).body();
		Elements figures = body.select("figure");
		assertThat(figures).hasSize(3);
		Element first = figures.get(0);
		assertThat(first.child(0).tagName()).isEqualTo("img");
		assertThat(first.child(0).attributes().asList()).extracting((a) -> a.getKey() + "=" + a.getValue())
			.containsExactly("src=" + address("calf.svg", Files.readAllBytes(DIR.resolve("images/calf.svg"))),
					"alt=A line with an arrow pointing right");
		// the caption is markdown, rendered as the body is: emphasis, and links the checks have seen
		assertThat(first.select("figcaption").html()).isEqualTo("The <em>arrow</em> points right: see <a"
				+ " href=\"/articles/uses-failed\">the page whose figure failed</a> and <a href=\"#drawings\">this"
				+ " section</a>.");
		assertThat(figures.get(1).select("figcaption")).isEmpty();
		assertThat(figures.get(1).select("img").attr("alt")).isEqualTo("A small green square");
		assertThat(figures.get(2).select("figcaption").text()).isEqualTo("A photo with a \"quoted\" word & an ampersand");
		// an image inside a sentence or a list keeps its place and its title, at its address all the same
		Element inline = body.select("p > img").first();
		assertThat(inline.attr("alt")).isEqualTo("tiny chart");
		assertThat(inline.attr("src")).matches("/images/chart-[0-9a-f]{32}\\.png");
		assertThat(body.select("li > img").attr("title")).isEqualTo("in a list");
		Element hub = Jsoup.parseBodyFragment(snapshot.topics().get(0).getHtml()).body();
		assertThat(hub.select("figure figcaption").text()).isEqualTo("The hub's drawing.");
	}

	@Test
	void aCaptionWithRawHtmlGoesThroughTheAllowlist() {
		Element figure = Jsoup.parseBodyFragment(article(builder().build(DIR, TODAY), "raw-caption").getHtml())
			.body()
			.selectFirst("figure");
		assertThat(figure.select("figcaption").html()).isEqualTo("A caption with <b>bold</b> and in it");
		assertThat(figure.select("img").attr("alt")).isEqualTo("A line with an arrow");
	}

	@Test
	void anImageOverHalfAMegabyteIsRefused(@TempDir Path temp) throws IOException {
		Path dir = copy(temp);
		byte[] big = new byte[600 * 1024];
		System.arraycopy(Files.readAllBytes(dir.resolve("images/chart.png")), 0, big, 0, 8);
		Files.write(dir.resolve("images/chart.png"), big);
		ContentSnapshot snapshot = builder().build(dir, TODAY);
		assertThat(problems(snapshot, dir)).contains(
				"images/chart.png:1:1: error: image is larger than 512 KB (it has 600 KB); skipped",
				"articles/with-figures.md:16:1: warning: image '/images/chart.png' did not pass its checks (see its own problems); it is left out of the page until it is fixed",
				"articles/with-figures.md:20:1: warning: image '/images/chart.png' did not pass its checks (see its own problems); it is left out of the page until it is fixed");
		assertThat(snapshot.images().keySet()).noneMatch((address) -> address.contains("chart"));
		assertThat(article(snapshot, "with-figures").getHtml()).doesNotContain("chart");
	}

	@Test
	void aChangedImageGetsANewAddressAndEveryPageShowingItChanges(@TempDir Path temp) throws Exception {
		Path dir = copy(temp);
		ContentBuilder builder = builder();
		ContentSnapshot before = builder.build(dir, TODAY);
		Path calf = dir.resolve("images/calf.svg");
		Files.writeString(calf, Files.readString(calf).replace("#333333", "#005a9c"));
		ContentSnapshot after = builder.build(dir, TODAY);
		String newAddress = address("calf.svg", Files.readAllBytes(calf));
		assertThat(after.images()).containsKey(newAddress);
		assertThat(article(after, "with-figures").getHtml()).contains("src=\"" + newAddress + "\"");
		ContentChange change = ContentChange.between(before, after);
		assertThat(change.articles()).containsExactlyInAnyOrder("with-figures", "raw-caption");
		assertThat(change.topics()).contains("hub");
		assertThat(change.pages()).isEmpty();
	}

	@Test
	void aBrokenEditKeepsTheLastGoodImageAndADeletedOneTakesItsPagesOff(@TempDir Path temp) throws Exception {
		Path dir = copy(temp);
		ContentBuilder builder = builder();
		Path calf = dir.resolve("images/calf.svg");
		String good = address("calf.svg", Files.readAllBytes(calf));
		builder.build(dir, TODAY);
		Files.writeString(calf, Files.readString(calf).replace("<title", "<script>alert('i14')</script><title"));
		ContentSnapshot broken = builder.build(dir, TODAY);
		assertThat(problems(broken, dir)).contains(
				"images/calf.svg:2:11: error: element 'script'" + NOT_ALLOWED,
				"images/calf.svg:1:1: warning: the site keeps serving the last good version of this file until its errors are fixed");
		assertThat(broken.images()).containsKey(good);
		assertThat(broken.images().get(good).bytes()).asString().doesNotContain("script");
		assertThat(article(broken, "with-figures").getHtml()).contains("src=\"" + good + "\"");

		Files.delete(calf);
		ContentSnapshot deleted = builder.build(dir, TODAY);
		assertThat(deleted.images()).doesNotContainKey(good);
		assertThat(problems(deleted, dir)).contains(
				"articles/with-figures.md:14:1: error: image '/images/calf.svg' not found (no file images/calf.svg)");
		assertThat(deleted.articles()).extracting(Article::getSlug).doesNotContain("with-figures");
	}

}
