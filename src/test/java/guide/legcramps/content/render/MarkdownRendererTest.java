package guide.legcramps.content.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.ContentKind;
import guide.legcramps.content.read.Document;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private MarkdownRenderer.Rendered render(String body, Problems problems) {
		return this.renderer.render(new Document.Origin("a.md", ContentKind.ARTICLE, "a", null, body, 5, problems));
	}

	private MarkdownRenderer.Rendered render(String body) {
		Problems problems = new Problems("a.md");
		MarkdownRenderer.Rendered rendered = render(body, problems);
		assertThat(problems.list()).isEmpty();
		return rendered;
	}

	@Test
	void headingsGetAnchorsAndFormTheSections() {
		MarkdownRenderer.Rendered rendered = render("## What it is\n\nText.\n\n### Detail\n\n## When to get help\n\nMore.\n");
		assertThat(rendered.html()).contains("<h2 id=\"what-it-is\">What it is</h2>")
			.contains("<h3 id=\"detail\">Detail</h3>");
		assertThat(rendered.sections()).containsExactly(new MarkdownRenderer.Section("what-it-is", "What it is"),
				new MarkdownRenderer.Section("when-to-get-help", "When to get help"));
	}

	@Test
	void aHeadingNeverTakesAnIdTheLayoutUses() {
		MarkdownRenderer.Rendered rendered = render("## Sources heading\n\n## Main\n\nText.\n");
		assertThat(rendered.html()).contains("<h2 id=\"sources-heading-section\">")
			.contains("<h2 id=\"main-section\">");
		assertThat(rendered.sections()).extracting(MarkdownRenderer.Section::id)
			.containsExactly("sources-heading-section", "main-section");
	}

	@Test
	void countsWordsAndReadingTimeAtTwoHundredWordsAMinute() {
		String words = "word ".repeat(450);
		MarkdownRenderer.Rendered rendered = render("## Heading here\n\n" + words + "\n\nIt's done.\n");
		assertThat(rendered.wordCount()).isEqualTo(2 + 450 + 2);
		assertThat(rendered.readingMinutes()).isEqualTo(2);
		assertThat(render("Short.").readingMinutes()).isEqualTo(1);
	}

	@Test
	void rendersTablesWithoutObsoleteAlignAttributes() {
		String html = render("| A | B |\n|:--|--:|\n| 1 | 2 |\n").html();
		assertThat(html).contains("<table>").contains("<th>A</th>").contains("<td>2</td>").doesNotContain("align");
		assertThat(html).startsWith("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: A, B\">")
			.containsPattern("aria-label=\"Table: A, B\">\\s*<table>")
			.containsPattern("</table>\\s*</div>\\s*$");
	}

	@Test
	void removesScriptHandlersAndDangerousUrls() {
		String html = render("""
				<script>alert(1)</script>

				<p onclick="alert(2)">Hi</p>

				[click](javascript:alert(3)) <img src="x" onerror="alert(4)"> <iframe src="https://evil.example"></iframe>

				<a href="data:text/html,hi">data</a> <style>body{}</style>
				""").html();
		assertThat(html).doesNotContain("<script", "onclick", "javascript:", "onerror", "<iframe", "data:", "<style")
			.contains("<p>Hi</p>");
	}

	@Test
	void externalLinksGetNoopenerAndInternalLinksStayRelative() {
		String html = render("See [NHS](https://www.nhs.uk/conditions/leg-cramps/) and [stretches](/articles/stretches).")
			.html();
		assertThat(html).contains("<a href=\"https://www.nhs.uk/conditions/leg-cramps/\" rel=\"noopener noreferrer\">NHS</a>")
			.contains("<a href=\"/articles/stretches\">stretches</a>");
	}

	@Test
	void bareWebAndEmailAddressesAreLinkedWhileTextWithoutThemSkipsTheAutolinkPass() {
		assertThat(render("Read https://www.nhs.uk/conditions/leg-cramps/ today.").html())
			.contains("<a href=\"https://www.nhs.uk/conditions/leg-cramps/\" rel=\"noopener noreferrer\">");
		assertThat(render("Read www.nhs.uk today.").html()).contains("<a href=\"http://www.nhs.uk\"");
		assertThat(render("Write to editor@example.org today.").html())
			.contains("<a href=\"mailto:editor@example.org\">editor@example.org</a>");
		assertThat(MarkdownRenderer.mayAutolink("Stretch your calf. Drink water.")).isFalse();
		assertThat(MarkdownRenderer.mayAutolink("see Www.example.org")).isTrue();
	}

	@Test
	void keepsOnlyWhatMarkdownWritesUnwrappingAnythingElseToItsText() {
		String html = render("""
				<h1>Second title</h1>

				<div style="color:red" class="x"><span id="main">inside</span></div>

				<table summary="s" width="9"><tr><td align="left" colspan="2">cell</td></tr></table>
				""").html();
		// the renderer's own wrapper, which makes a wide table scrollable by keyboard, is the one div
		String wrapper = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">";
		assertThat(html).containsOnlyOnce(wrapper).containsOnlyOnce("</div>");
		html = html.replace(wrapper, "").replace("</div>", "");
		assertThat(html).doesNotContain("<h1", "<div", "<span", "style", "class", "id=\"main\"", "summary", "width", "align",
				"colspan")
			.contains("Second title", "inside", "<td>cell</td>");
	}

	@Test
	void protocolRelativeLinksAreOutsideLinksAndMailIsKept() {
		String html = render("[a](//other.example/x) [b](mailto:help@example.org) ![c](http://plain.example/c.png)").html();
		assertThat(html).contains("<a href=\"//other.example/x\" rel=\"noopener noreferrer\">a</a>")
			.contains("<a href=\"mailto:help@example.org\">b</a>")
			.contains("<img alt=\"c\">");
	}

	@Test
	void aLevelOneHeadingIsAnErrorAtItsLine() {
		Problems problems = new Problems("a.md");
		render("Intro.\n\n# Title again\n", problems);
		assertThat(problems.list()).extracting(ContentProblem::toString)
			.containsExactly("a.md:7:1: error: use '##' for sections: the page title is the only level-1 heading");
	}

	@Test
	void oneSharedRendererGivesTheSameOutputFromManyThreads() throws Exception {
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			bodies.add("## Part " + i + "\n\nText with *emphasis* " + i + ".\n\n| a | b |\n|---|---|\n| " + i + " | x |\n");
		}
		List<String> expected = bodies.stream().map((b) -> render(b).html()).toList();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 5; round++) {
				List<Future<String>> results = new ArrayList<>();
				for (String body : bodies) {
					results.add(pool.submit(() -> render(body).html()));
				}
				for (int i = 0; i < bodies.size(); i++) {
					assertThat(results.get(i).get()).isEqualTo(expected.get(i));
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
