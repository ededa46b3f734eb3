package guide.legcramps.content.render;

import java.util.List;

import org.junit.jupiter.api.Test;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.ContentKind;
import guide.legcramps.content.read.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations in pandoc's syntax, found in the markdown at render and left as placeholders for the
 * link stage; every way of writing one wrong is reported at its line and column.
 */
class CitationMarkersTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private MarkdownRenderer.Rendered render(String body, Problems problems, ContentKind kind, boolean sanitise) {
		return this.renderer.render(new Document.Origin("a.md", kind, "a", null, body, 5, problems), sanitise);
	}

	private List<String> problems(String body) {
		return problems(body, ContentKind.ARTICLE);
	}

	private List<String> problems(String body, ContentKind kind) {
		Problems problems = new Problems("a.md");
		render(body, problems, kind, false);
		return problems.list().stream().map(ContentProblem::toString).toList();
	}

	/** The HTML as the link stage makes it, each citation written as its ids in braces. */
	private static String filled(MarkdownRenderer.Rendered rendered) {
		return rendered.filled((card) -> "", (citation) -> "{" + String.join(",", citation.ids()) + "}");
	}

	@Test
	void eachCitationIsFoundInOrderWithItsLineAndColumnAndLeavesAPlaceholder() {
		String body = "Cramps pass [@nhs-leg-cramps].\n\nMagnesium did not help [@garrison-2020; @nhs-leg-cramps].\n";
		for (boolean sanitise : new boolean[] { false, true }) {
			Problems problems = new Problems("a.md");
			MarkdownRenderer.Rendered rendered = render(body, problems, ContentKind.ARTICLE, sanitise);
			assertThat(problems.list()).isEmpty();
			assertThat(rendered.citations()).containsExactly(
					new MarkdownRenderer.Citation(List.of("nhs-leg-cramps"), 5, 13),
					new MarkdownRenderer.Citation(List.of("garrison-2020", "nhs-leg-cramps"), 7, 24));
			assertThat(rendered.html()).doesNotContain("[@", "@nhs");
			assertThat(filled(rendered)).isEqualTo("<p>Cramps pass {nhs-leg-cramps}.</p>\n"
					+ "<p>Magnesium did not help {garrison-2020,nhs-leg-cramps}.</p>\n");
		}
	}

	@Test
	void citationsAreNotWordsOnEitherRenderingPath() {
		String plain = "Magnesium made no real difference. It is safe for most people.";
		String cited = "Magnesium made no real difference [@garrison-2020-magnesium]. It is safe for most people"
				+ " [@nhs-leg-cramps; @garrison-2020-magnesium].";
		for (boolean sanitise : new boolean[] { false, true }) {
			int without = render(plain, new Problems("a.md"), ContentKind.ARTICLE, sanitise).wordCount();
			int with = render(cited, new Problems("a.md"), ContentKind.ARTICLE, sanitise).wordCount();
			assertThat(with).isEqualTo(without).isEqualTo(11);
		}
		// a raw HTML body takes the sanitising path: the placeholders pass the allowlist unchanged
		MarkdownRenderer.Rendered raw = render("<b>Bold</b> claim [@a].", new Problems("a.md"), ContentKind.ARTICLE,
				false);
		assertThat(raw.wordCount()).isEqualTo(2);
		assertThat(filled(raw)).isEqualTo("<p><b>Bold</b> claim {a}.</p>\n");
	}

	@Test
	void codeEscapesAndLinksAreNotCitations() {
		MarkdownRenderer.Rendered rendered = render("""
				Write `[@id]` to cite, and \\[@not-this] is text. An [@email](mailto:a@example.org) link.

				```
				[@inside-a-fence]
				```
				""", new Problems("a.md"), ContentKind.ARTICLE, false);
		assertThat(rendered.citations()).isEmpty();
		assertThat(rendered.html()).contains("<code>[@id]</code>", "[@not-this] is text", "[@inside-a-fence]",
				"<a href=\"mailto:a@example.org\">@email</a>");
	}

	@Test
	void aCitationWrittenWrongIsAnErrorAtItsLineAndColumn() {
		assertThat(problems("One [@Bad_Id] here.\n\nTwo [@a, p. 33].\n\nThree [@a; @a].\n")).containsExactly(
				"a.md:5:5: error: '[@Bad_Id]' is not a citation: write [@id] or [@id1; @id2], each id in lowercase"
						+ " letters, digits and hyphens",
				"a.md:7:5: error: '[@a, p. 33]' is not a citation: write [@id] or [@id1; @id2], each id in lowercase"
						+ " letters, digits and hyphens",
				"a.md:9:7: error: '[@a; @a]' cites 'a' twice");
	}

	@Test
	void aCitationThatCannotBeANumberedLinkIsAnError() {
		String misplaced = "error: a citation belongs in the text: not in a heading, a link, code or an image's description";
		assertThat(problems("## A heading [@a]\n\nText.\n")).containsExactly("a.md:5:14: " + misplaced);
		assertThat(problems("See [the page [@a]](/articles/x).\n")).containsExactly("a.md:5:15: " + misplaced);
		assertThat(problems("![A picture [@a]](/images/x.png)\n")).containsExactly("a.md:5:13: " + misplaced);
		assertThat(problems("    an indented [@a] code block\n")).containsExactly("a.md:5:17: " + misplaced);
	}

	@Test
	void theCharactersPlaceholdersAreMadeOfCannotBeTyped() {
		assertThat(problems("Odd \uE000 text [@a].\n")).containsExactly(
				"a.md:5:1: error: the text holds a private-use character the site keeps for itself (U+E000 or U+E001);"
						+ " remove it");
	}

	@Test
	void aCitationThatComesToNothingTakesItsSpaceAlong() {
		MarkdownRenderer.Rendered rendered = render("Claim [@a]. Other [@b].", new Problems("a.md"),
				ContentKind.ARTICLE, false);
		assertThat(rendered.filled((card) -> "", (citation) -> citation.ids().contains("a") ? "" : "[1]"))
			.isEqualTo("<p>Claim. Other [1].</p>\n");
	}

	@Test
	void headingsNeverTakeTheIdsOfTheSourcesListOrItsCitations() {
		MarkdownRenderer.Rendered rendered = render("## Source 1\n\n## Cite 2\n\n## Sources 3\n",
				new Problems("a.md"), ContentKind.ARTICLE, false);
		assertThat(rendered.anchors()).containsExactlyInAnyOrder("source-1-section", "cite-2-section", "sources-3");
	}

	@Test
	void aLinkToAHomePageAListOrASearchIsAWarningExceptInAnAuthorsBiography() {
		String body = """
				The [FDA](https://www.fda.gov/), a [listing](https://www.gov.uk/drug-safety-update), a
				<https://pubmed.ncbi.nlm.nih.gov/?term=leg+cramps> and
				[the document](https://www.gov.uk/drug-safety-update/quinine-not-to-be-used-routinely-for-nocturnal-leg-cramps).
				""";
		String advice = ": link the document itself, or give its DOI or PMID";
		assertThat(problems(body)).containsExactly(
				"a.md:5:1: warning: link https://www.fda.gov/ is a site's home page" + advice,
				"a.md:5:1: warning: link https://www.gov.uk/drug-safety-update is a section or listing page" + advice,
				"a.md:6:1: warning: link https://pubmed.ncbi.nlm.nih.gov/?term=leg+cramps is a search-results page"
						+ advice);
		assertThat(problems("Her [own site](https://mallory.example/).", ContentKind.AUTHOR)).isEmpty();
	}

}
