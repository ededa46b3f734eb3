package guide.legcramps.content.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import guide.legcramps.article.Article;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad fixture under {@code fixtures/problems} gives exactly one clear problem at the right
 * line, only the failing files are left out, and references to a broken file are warnings.
 */
class ContentBuilderProblemsTest {

	private static final Path DIR = Path.of("src/test/resources/fixtures/problems");

	private final ContentSnapshot snapshot = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(DIR, LocalDate.of(2026, 6, 1));

	@Test
	void reportsEveryProblemWithPathLineAndColumnInOrder() {
		List<String> problems = this.snapshot.problems()
			.stream()
			.map((p) -> p.toString().substring(DIR.toString().length() + 1))
			.toList();
		assertThat(problems).containsExactly(
				"articles/Bad_Name.md:1:1: error: file name 'Bad_Name.md' is not a valid slug: use lowercase letters, digits and single hyphens; skipped",
				"articles/alias-bad-form.md:10:1: error: 'aliases' entry 'old page' must be a path starting with '/', such as /old-name",
				"articles/alias-dup-b.md:10:1: error: alias '/shared-old' is also an alias of article 'alias-dup-a'",
				"articles/alias-is-a-page.md:10:1: error: alias '/articles/good' is the address of a page; an alias must be an old address",
				"articles/alias-reserved.md:10:1: error: alias '/actuator/health' is reserved for the site itself",
				"articles/bad-date.md:7:1: error: 'published' must be a date written YYYY-MM-DD, not '12/01/2026'",
				"articles/bad-draft-flag.md:10:1: error: 'draft' must be true or false, not 'maybe'",
				"articles/bad-tag-slug.md:5:1: error: 'tags' entry 'Beta Tag' is not a valid slug (lowercase letters, digits and hyphens)",
				"articles/broken-anchor.md:13:1: error: broken link '/articles/good#nowhere': /articles/good has no heading with the id 'nowhere'",
				"articles/broken-article-link.md:13:1: error: broken link '/articles/nowhere': there is no page /articles/nowhere",
				"articles/colon-in-value.md:3:17: error: invalid YAML: mapping values are not allowed here",
				"articles/duplicate-field.md:7:1: error: duplicate field 'title'",
				"articles/empty-body.md:11:1: error: the body after the front matter is empty",
				"articles/h1-in-body.md:11:1: error: use '##' for sections: the page title is the only level-1 heading",
				"articles/invalid-yaml.md:10:1: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar that starts at line 2, column 8",
				"articles/link-to-draft.md:13:1: error: link '/articles/draft-one' points at a draft, which readers cannot see",
				"articles/link-to-scheduled.md:13:1: warning: link '/articles/scheduled-one' points at an article scheduled for 2026-07-01; it is broken until then",
				"articles/long-without-sections.md:11:1: error: an article over 600 words needs '##' sections (it has 630 words and none)",
				"articles/missing-own-anchor.md:13:1: error: broken link '#missing': this page has no heading with the id 'missing'",
				"articles/missing-title.md:2:1: error: missing required field 'title'",
				"articles/next-review-before-reviewed.md:9:1: error: 'next_review' (2026-01-20) must be after 'reviewed' (2026-02-01)",
				"articles/next-review-too-far.md:9:1: error: 'next_review' (2029-02-02) is more than 3 years after 'reviewed' (2026-02-01)",
				"articles/no-front-matter.md:1:1: error: missing front matter: the file must start with a line '---'",
				"articles/no-sources.md:11:1: error: an article needs sources: cite the works its claims rest on in the text, like [@id] (the works are listed in references.yaml)",
				"articles/not-a-mapping.md:2:1: error: front matter must be 'key: value' lines",
				"articles/not-utf8.md:1:1: error: is not valid UTF-8 text; skipped",
				"articles/nul-byte.md:5:1: error: contains a NUL byte; skipped",
				"articles/readme.txt:1:1: warning: not a markdown file (.md); skipped",
				"articles/related-to-itself.md:10:1: error: 'related' lists the article itself",
				"articles/relative-link-missing.md:13:1: error: broken link '/articles/missing': there is no page /articles/missing",
				"articles/review-overdue.md:9:1: warning: review overdue since 2026-03-01",
				"articles/reviewed-before-published.md:8:1: error: 'reviewed' (2025-12-01) is before 'published' (2026-01-10)",
				"articles/search-term-no-letter.md:7:1: error: 'search_terms' entry '?!' has no letter or digit",
				"articles/search-term-too-long.md:7:1: error: 'search_terms' entry 'a term far too long to be anything a reader would type into a search box' is 72 characters long; a search term is at most 60",
				"articles/search-terms-not-a-list.md:7:1: error: 'search_terms' must be a list, like [a, b], not a single value",
				"articles/search-terms-twice.md:7:1: error: 'search_terms' lists 'Water  Tablets' twice",
				"articles/short-summary.md:3:1: error: 'summary' must be 50 to 300 characters long (it has 10)",
				"articles/tags-not-a-list.md:5:1: error: 'tags' must be a list, like [a, b], not a single value",
				"articles/too-many-tags.md:5:1: error: 'tags' must list 1 to 8 tags (it lists 9)",
				"articles/typo-link.md:13:1: error: broken link '/articles/god': there is no page /articles/god; did you mean 'good'?",
				"articles/typo-tag.md:5:1: error: unknown tag 'bata' (no file tags/bata.md); did you mean 'beta'?",
				"articles/unclosed-front-matter.md:1:1: error: front matter is not closed: add a line '---' after it",
				"articles/unknown-author.md:6:1: error: unknown author 'nobody' (no file authors/nobody.md)",
				"articles/unknown-field.md:7:1: warning: unknown field 'colour' (known fields: aliases, author, draft, further_reading, next_review, published, related, reviewed, search_terms, sources, summary, tags, title, topic)",
				"articles/unknown-related.md:10:1: error: unknown article 'missing-one' (no file articles/missing-one.md)",
				"articles/unknown-tag.md:5:1: error: unknown tag 'gamma' (no file tags/gamma.md)",
				"articles/unknown-topic.md:4:1: error: unknown topic 'nowhere' (no file topics/nowhere.md)",
				"articles/uses-broken-tag.md:5:1: warning: tag 'broken' did not load (see its own problems); it is shown without a link until it is fixed",
				"notes.txt:1:1: warning: not in a content folder (topics/, articles/, tags/, authors/, pages/ or images/); skipped",
				"pages/tags.md:1:1: error: page slug 'tags' is reserved for the site's own pages; rename the file",
				"tags/alphas.md:1:1: warning: tag 'alphas' differs from tag 'alpha' by one letter; if they are the same tag, keep one file",
				"tags/broken.md:2:1: error: missing required field 'summary'");
	}

	@Test
	void loadsEveryFileWithoutErrorsAndOnlyThose() {
		assertThat(this.snapshot.articles()).extracting(Article::getSlug)
			.containsExactly("alias-dup-a", "good", "link-to-scheduled", "relative-links", "renamed", "review-overdue",
					"unknown-field", "uses-broken-tag", "with-bom");
		assertThat(this.snapshot.tags()).extracting((t) -> t.getSlug()).containsExactly("alpha", "alphas", "beta");
		assertThat(this.snapshot.pages()).extracting((p) -> p.getSlug()).containsExactly("about");
		assertThat(this.snapshot.errorCount()).isEqualTo(45);
		assertThat(this.snapshot.warningCount()).isEqualTo(7);
	}

	@Test
	void draftsAndScheduledArticlesAreValidatedButNotPublic() {
		assertThat(this.snapshot.drafts()).isEqualTo(1);
		assertThat(this.snapshot.scheduled()).isEqualTo(1);
		assertThat(this.snapshot.nextPublication()).isEqualTo(LocalDate.of(2026, 7, 1));
		ContentSnapshot july = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(DIR,
				LocalDate.of(2026, 7, 1));
		assertThat(july.articles()).extracting(Article::getSlug).contains("scheduled-one").doesNotContain("draft-one");
		assertThat(july.nextPublication()).isNull();
		assertThat(july.problems()).extracting(ContentProblem::message)
			.noneMatch((m) -> m.contains("scheduled-one"));
	}

	@Test
	void aliasesMapOldPathsToTheArticleAndRelativeLinksBecomePageUrls() {
		assertThat(this.snapshot.aliases()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("/articles/old-name",
				"/articles/renamed", "/old/path", "/articles/renamed", "/shared-old", "/articles/alias-dup-a"));
		assertThat(find("relative-links").getHtml()).contains("<a href=\"/articles/good\">good</a>")
			.contains("<a href=\"/articles/good#section\">its section</a>");
	}

	@Test
	void aReferenceToAFileThatFailedIsShownAsPlainText() {
		Article article = find("uses-broken-tag");
		assertThat(article.getTags()).containsExactly(new Article.TagRef("alpha", "Alpha", true),
				new Article.TagRef("broken", "broken", false));
	}

	@Test
	void stripsByteOrderMarkAndCarriageReturns() {
		Article article = find("with-bom");
		assertThat(article.getTitle()).isEqualTo("BOM article");
		assertThat(article.getHtml()).isEqualTo("<h2 id=\"section\">Section</h2>\n<p>Body text <span class=\"cite\">"
				+ "<span aria-hidden=\"true\">[</span><a href=\"#source-1\" id=\"cite-1\"><span class=\"visually-hidden\">"
				+ "source </span>1</a><span aria-hidden=\"true\">]</span></span>.</p>\n");
	}

	@Test
	void aRebuildParsesOnlyTheFilesThatChanged(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		org.springframework.util.FileSystemUtils.copyRecursively(Path.of("src/test/resources/fixtures/site"), dir);
		ContentBuilder builder = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5));
		LocalDate day = LocalDate.of(2026, 6, 1);
		ContentSnapshot first = builder.build(dir, day);
		assertThat(first.times().parsedFiles()).isEqualTo(first.times().files()).isEqualTo(25);
		Path a02 = dir.resolve("articles/a02.md");
		java.nio.file.Files.writeString(a02,
				java.nio.file.Files.readString(a02).replace("title: \"Article 02\"", "title: \"Article 02, edited\""));
		ContentSnapshot second = builder.build(dir, day);
		assertThat(second.times().parsedFiles()).isEqualTo(1);
		assertThat(second.articles()).extracting(Article::getTitle).contains("Article 02, edited");
		assertThat(second.articles()).hasSameSizeAs(first.articles());
		ContentSnapshot nextDay = builder.build(dir, day.plusDays(1));
		assertThat(nextDay.times().parsedFiles()).as("a new day checks every file again").isEqualTo(25);
	}

	@Test
	void nextReviewDefaultsToOneYearAfterReview(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		for (String file : List.of("topics/hub.md", "tags/alpha.md", "tags/beta.md", "authors/team.md", "references.yaml")) {
			java.nio.file.Files.createDirectories(dir.resolve(file).getParent());
			java.nio.file.Files.copy(DIR.resolve(file), dir.resolve(file));
		}
		java.nio.file.Files.createDirectories(dir.resolve("articles"));
		java.nio.file.Files.writeString(dir.resolve("articles/defaulted.md"),
				java.nio.file.Files.readString(DIR.resolve("articles/good.md")).replace("next_review: 2027-02-01\n", ""));
		ContentSnapshot defaulted = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(dir, LocalDate.of(2026, 6, 1));
		assertThat(defaulted.problems()).isEmpty();
		assertThat(defaulted.articles().get(0).getNextReview()).isEqualTo(LocalDate.of(2027, 2, 1));
	}

	private Article find(String slug) {
		return this.snapshot.articles().stream().filter((a) -> a.getSlug().equals(slug)).findFirst().orElseThrow();
	}

}
