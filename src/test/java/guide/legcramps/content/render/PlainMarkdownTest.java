package guide.legcramps.content.render;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import guide.legcramps.content.Problems;
import guide.legcramps.content.read.ContentKind;
import guide.legcramps.content.read.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain path (flexmark alone) against the jsoup allowlist path on the same bodies: the same
 * elements, attributes and text, the same word count, sections, anchors and internal links. Only
 * whitespace between block elements may differ (where a browser ignores it).
 */
class PlainMarkdownTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	/** Bodies written to take the plain path, each on a construct it must write exactly as jsoup would. */
	@ParameterizedTest
	@ValueSource(strings = { "## What it is\n\nText with *emphasis*, **strong**, `code <b>` and ~~struck~~ words.\n",
			"## Main\n\n### Sources heading\n\n#### Related heading\n\n##### Five\n\n###### Six\n",
			"## Same\n\n## Same\n\n## `code` and *more* in a heading\n\n##\n",
			"| A | *B* |  |\n|:--|--:|:-:|\n| 1 | 2 | 3 |\n| x |\n",
			"|  |  |\n|--|--|\n| a | b |\n",
			"- one\n- two\n  1. nested\n  2. list\n\n3. starts\n4. at three\n",
			"> quoted **text**\n>\n> - in a list\n\n---\n\nafter a rule\n",
			"```java\nint x = 1 < 2 && y;\n```\n\n    indented code\n    <script>\n",
			"Links: [page](other-page.md), [anchor](other-page.md#detail), [site](/tags/x), [here](#top), "
					+ "[out](https://example.org/a?b=1&c=2 \"A \\\"title\\\"\"), [plain](http://example.org), "
					+ "[mail](mailto:a@example.org), [relative](folder/file), [empty]().\n",
			"Bare https://example.org/x and www.example.org and someone@example.org and <https://example.org/y>.\n",
			"![An image](https://example.org/i.png \"title\") and ![local](/images/x.png) inline.\n",
			"foo~~bar~~baz **foo**bar don\\'t it\u2019s a\u00a0b 5 < 6 & \"quoted\"  \nhard break\nsoft break\n",
			"Text\\\n\\*not emphasis\\* and \\# and \\[brackets\\]\n" })
	void plainBodiesRenderAsTheAllowlistWould(String body) {
		assertThat(this.renderer.isPlain(body)).as("takes the plain path").isTrue();
		assertSameBothWays(body);
	}

	/** Bodies that must go through jsoup: raw HTML, entities, addresses jsoup would change or drop. */
	@ParameterizedTest
	@ValueSource(strings = { "Text <b>bold</b>.\n", "<div>block</div>\n", "<!-- comment -->\n", "a &amp; b\n",
			"[x](javascript:alert(1))\n", "[x](JavaScript:alert(1))\n", "[x](HTTPS://example.org)\n",
			"[x](//example.org/x)\n", "[x](data:text/html,hi)\n", "![x](http://example.org/i.png)\n",
			"![x](data:image/png;base64,AAAA)\n", "[x][ref]\n\n[ref]: https://example.org\n", "# Title\n",
			"[x](<a b.md>)\n", "| a | b |\n|---|---|\n| spans ||\n" })
	void otherBodiesGoThroughTheAllowlist(String body) {
		assertThat(this.renderer.isPlain(body)).isFalse();
		assertSameBothWays(body);
	}

	@Test
	void everyShippedAndFixtureFileRendersTheSameBothWays() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("content", "src/test/resources/fixtures")) {
			try (Stream<Path> walk = Files.walk(Path.of(folder))) {
				walk.filter((p) -> p.toString().endsWith(".md")).sorted().forEach(files::add);
			}
		}
		int plain = 0;
		int compared = 0;
		for (Path file : files) {
			String body = body(file);
			if (body == null) {
				continue;
			}
			compared++;
			if (this.renderer.isPlain(body)) {
				plain++;
			}
			assertSameBothWays(body);
		}
		long shippedArticles;
		try (Stream<Path> articles = Files.list(Path.of("content/articles"))) {
			shippedArticles = articles.count();
		}
		assertThat(compared).isGreaterThan(100);
		assertThat(plain).as("files on the plain path").isGreaterThanOrEqualTo((int) shippedArticles);
	}

	private void assertSameBothWays(String body) {
		MarkdownRenderer.Rendered plain = this.renderer.render(origin(body), false);
		MarkdownRenderer.Rendered sanitised = this.renderer.render(origin(body), true);
		assertThat(normalised(plain.html())).as(body).isEqualTo(normalised(sanitised.html()));
		assertThat(plain.wordCount()).as(body).isEqualTo(sanitised.wordCount());
		assertThat(plain.sections()).as(body).isEqualTo(sanitised.sections());
		assertThat(plain.anchors()).as(body).isEqualTo(sanitised.anchors());
		assertThat(plain.links()).as(body).isEqualTo(sanitised.links());
	}

	private static Document.Origin origin(String body) {
		return new Document.Origin("a.md", ContentKind.ARTICLE, "a", null, body, 5, new Problems("a.md"));
	}

	/** The HTML as jsoup reads it, without whitespace-only text between elements (outside {@code pre}). */
	private static String normalised(String html) {
		org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		for (Element element : document.body().getAllElements()) {
			if (element.closest("pre") == null) {
				element.textNodes().stream().filter(TextNode::isBlank).forEach(TextNode::remove);
			}
		}
		return document.body().html();
	}

	/** A file's markdown body, or null for a file that is not UTF-8 or has no closed front matter. */
	private static String body(Path file) throws IOException {
		String text;
		try {
			text = Files.readString(file).replace("\r\n", "\n");
		}
		catch (MalformedInputException ex) {
			return null;
		}
		int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
		return (end < 0) ? null : text.substring(end + 5);
	}

}
