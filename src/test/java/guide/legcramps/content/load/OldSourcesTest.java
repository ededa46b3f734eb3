package guide.legcramps.content.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import guide.legcramps.article.Article;
import guide.legcramps.article.SourceLists;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;

import static guide.legcramps.content.load.FixtureBuilds.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The old ways of giving sources (a front-matter {@code sources:} list, a care source by title),
 * read while {@code OldSources.READ} is on and refused once it is off; both states are built here.
 * Delete this test with the old ways.
 */
class OldSourcesTest {

	private static final Path DIR = Path.of("src/test/resources/fixtures/old-sources");

	private static ContentSnapshot build(boolean oldSources) {
		return new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5), oldSources).build(DIR,
				LocalDate.of(2026, 6, 1));
	}

	@Test
	void whileTheOldWaysAreReadTheyLoadWithAWarningOnceReferencesYamlExists() {
		ContentSnapshot snapshot = build(true);
		assertThat(problems(snapshot, DIR)).containsExactly(
				"articles/bad-source-url.md:13:1: error: source 1: 'url' must be a full http:// or https:// address, not 'javascript:alert(1)'",
				"articles/bad-source-year.md:13:1: error: source 1: 'year' must be a whole number from 1800 to 2027, not 'next'",
				"articles/both-ways.md:9:1: error: this page cites its sources in its text, so its old 'sources' list must go: a page's sources are exactly the works it cites",
				"articles/old-list.md:9:1: warning: 'sources' is the old way to list sources: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'",
				"articles/source-missing-publisher.md:11:1: error: source 1: missing required field 'publisher'",
				"care.yaml:11:1: warning: this source is given the old way: name the work by its id in references.yaml ('- id: ...' and 'checked: ...')",
				"care.yaml:21:1: error: source 1: 'url' must be a full http:// or https:// address, not 'javascript:alert(1)'",
				"topics/hub.md:4:1: warning: 'sources' is the old way to list sources: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'");
		Article old = snapshot.articles().get(0);
		assertThat(snapshot.articles()).extracting(Article::getSlug).containsExactly("old-list");
		// an old entry has no id, so nothing links back to it; its authors are one name as written
		assertThat(old.getSources()).containsExactly(
				new Article.Source(null, null, null, "Leg cramps", "NHS", null, "https://www.nhs.uk/conditions/leg-cramps/",
						null, null),
				new Article.Source(null, null, "Garrison SR et al.", "Magnesium for skeletal muscle cramps",
						"Cochrane Database of Systematic Reviews", 2020, "https://doi.org/10.1002/14651858.CD009402.pub3",
						null, null));
		assertThat(SourceLists.of(old.getSources(), List.of()).cited()).extracting(SourceLists.SourceItem::authors,
				SourceLists.SourceItem::backlink)
			.containsExactly(tuple(null, null), tuple("Garrison SR et al.", null));
		assertThat(snapshot.topics().get(0).getSources()).extracting(Article.Source::title).containsExactly("Leg cramps");
		assertThat(old.getHtml()).contains("Based on: <a href=\"https://www.nhs.uk/conditions/leg-cramps/\"");
	}

	@Test
	void onceTheOldWaysAreNoLongerReadTheyAreErrors() {
		ContentSnapshot snapshot = build(false);
		assertThat(problems(snapshot, DIR)).containsExactly(
				"articles/bad-source-url.md:10:1: error: 'sources' is no longer read: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'",
				"articles/bad-source-year.md:10:1: error: 'sources' is no longer read: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'",
				"articles/both-ways.md:9:1: error: 'sources' is no longer read: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'",
				"articles/old-list.md:9:1: error: 'sources' is no longer read: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'",
				"articles/source-missing-publisher.md:10:1: error: 'sources' is no longer read: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'",
				"care.yaml:11:1: error: source 1: missing required field 'id'",
				"care.yaml:11:1: warning: source 1: unknown field 'publisher' (known fields: checked, id)",
				"care.yaml:11:1: warning: source 1: unknown field 'title' (known fields: checked, id)",
				"care.yaml:11:1: warning: source 1: unknown field 'url' (known fields: checked, id)",
				"care.yaml:21:1: error: source 1: missing required field 'id'",
				"care.yaml:21:1: warning: source 1: unknown field 'publisher' (known fields: checked, id)",
				"care.yaml:21:1: warning: source 1: unknown field 'title' (known fields: checked, id)",
				"care.yaml:21:1: warning: source 1: unknown field 'url' (known fields: checked, id)",
				"topics/hub.md:4:1: error: 'sources' is no longer read: cite each work where a claim rests on it, like [@id] (the works are listed once, in references.yaml), and list works offered but not cited under 'further_reading'");
		assertThat(snapshot.articles()).isEmpty();
		assertThat(snapshot.topics()).isEmpty();
	}

}
