package guide.legcramps.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import guide.legcramps.article.Article;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

import static guide.legcramps.content.load.FixtureBuilds.article;
import static guide.legcramps.content.load.FixtureBuilds.build;
import static guide.legcramps.content.load.FixtureBuilds.copy;
import static guide.legcramps.content.load.FixtureBuilds.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * references.yaml, the citations in the pages that name its works, and every mistake an editor can
 * make in either, each reported with its file and line.
 */
class CitationsTest {

	private static final Path DIR = Path.of("src/test/resources/fixtures/citations");

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void everyMistakeIsReportedWithItsFileAndLine() {
		List<String> problems = problems(build(DIR, TODAY), DIR);
		assertThat(problems).containsExactly(
				"articles/bad-citations.md:10:27: error: '[@nhs-leg-cramps, p. 3]' is not a citation: write [@id] or [@id1; @id2], each id in lowercase letters, digits and hyphens",
				"articles/bad-citations.md:12:25: error: a citation belongs in the text: not in a heading, a link, code or an image's description",
				"articles/cited-and-further.md:9:1: warning: 'further_reading' lists 'nhs-leg-cramps', which the text cites: it is listed under Sources, so take it out of 'further_reading'",
				"articles/failed-citation.md:10:60: warning: reference 'same-doi' did not load (see references.yaml's own problems); it is left out until it is fixed",
				"articles/unknown-citation.md:10:35: error: unknown reference 'garrison-2020-magnesum' (references.yaml has no entry with that id); did you mean 'garrison-2020-magnesium'?",
				"articles/unknown-further-reading.md:9:1: error: 'further_reading' lists unknown reference 'not-in-the-bibliography' (references.yaml has no entry with that id)",
				"authors/cites.md:5:26: error: an author's page has no list of sources, so it cites nothing: cite works in the articles that rest on them",
				"references.yaml:4:1: warning: unknown field 'title' (known fields: references)",
				"references.yaml:55:1: warning: reference 'coppin-2005-stretching' is not cited by any page, offered as further reading or named by a care rule: cite it where a claim rests on it, or remove it",
				"references.yaml:61:1: error: reference 7: missing required field 'id'",
				"references.yaml:63:1: error: reference 8: 'id' value 'Bad_Id' is not a valid slug (lowercase letters, digits and hyphens)",
				"references.yaml:65:1: error: reference 9: missing required field 'title'",
				"references.yaml:67:1: error: reference 10: 'id' 'nhs-leg-cramps' is the id of another reference; each work is listed once",
				"references.yaml:71:1: error: reference 11: 'DOI' 10.1002/14651858.cd009402.PUB3 is also the DOI of reference 'garrison-2020-magnesium'; each work is listed once",
				"references.yaml:74:1: error: reference 12: 'PMID' 22963024 is also the PMID of reference 'allen-2012-nocturnal-leg-cramps'; each work is listed once",
				"references.yaml:77:1: error: reference 13: 'DOI' must be written 10.NNNN/..., without https://doi.org/ or doi:, not 'https://doi.org/10.1136/bjsm.2008.050401'",
				"references.yaml:80:1: error: reference 14: 'PMID' must be digits only, like 32956536, not 'PMID: 15808033'",
				"references.yaml:83:1: error: reference 15: 'URL' must be a full http:// or https:// address, not 'javascript:alert(1)'",
				"references.yaml:87:1: warning: reference 16: 'URL' https://www.fda.gov/ is a site's home page: link the document itself, or give its DOI or PMID",
				"references.yaml:91:1: warning: reference 17: 'URL' https://www.gov.uk/drug-safety-update is a section or listing page: link the document itself, or give its DOI or PMID",
				"references.yaml:94:1: warning: reference 18: 'URL' https://pubmed.ncbi.nlm.nih.gov/?term=nocturnal+leg+cramps is a search-results page: link the document itself, or give its DOI or PMID",
				"references.yaml:97:1: error: reference 19: 'issued' must be written date-parts: [[2020]] (or [[2020, 5]]), with a year from 1800 to 2027, not 'in the spring'",
				"references.yaml:100:1: error: reference 20: author 1 must have 'family' (and 'given') or 'literal'");
	}

	@Test
	void pagesThatCiteWhatIsNotThereDoNotLoadAndTheRestDo() {
		ContentSnapshot snapshot = build(DIR, TODAY);
		assertThat(snapshot.articles()).extracting(Article::getSlug)
			.containsExactly("cited", "cited-and-further", "failed-citation", "weak-links");
		assertThat(snapshot.authors()).extracting((a) -> a.getSlug()).containsExactly("team");
		assertThat(snapshot.topics()).extracting(Topic::getSlug).containsExactly("hub");
	}

	@Test
	void aPagesSourcesAreExactlyTheWorksItCitesInTheOrderItFirstCitesThem() {
		Article cited = article(build(DIR, TODAY), "cited");
		assertThat(cited.getSources()).containsExactly(
				new Article.Source("nhs-leg-cramps", "webpage", null, "Leg cramps", "NHS", null,
						"https://www.nhs.uk/conditions/leg-cramps/", null, null),
				new Article.Source("allen-2012-nocturnal-leg-cramps", "article-journal", "Allen RE, Kirby KA",
						"Nocturnal leg cramps", "American Family Physician", 2012,
						"https://pubmed.ncbi.nlm.nih.gov/22963024/", null, "22963024"),
				// the DOI is the strongest identifier: the URL beside it is not linked
				new Article.Source("garrison-2020-magnesium", "article-journal", "Garrison SR et al.",
						"Magnesium for skeletal muscle cramps", "Cochrane Database of Systematic Reviews", 2020,
						"https://doi.org/10.1002/14651858.CD009402.pub3", "10.1002/14651858.CD009402.pub3", null),
				new Article.Source("hallegraeff-2012-stretching", "article-journal",
						"Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MHG",
						"Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older"
								+ " adults: a randomised trial",
						"Journal of Physiotherapy", 2012, "https://doi.org/10.1016/S1836-9553(12)70068-1",
						"10.1016/S1836-9553(12)70068-1", "22341378"));
		// offered, not cited: with no identifier it has no link
		assertThat(cited.getFurtherReading()).extracting(Article.Source::id, Article.Source::link)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("naylor-1994-rest-cramps", null));
		Element body = Jsoup.parseBodyFragment(cited.getHtml()).body();
		assertThat(body.select(".cite a").eachAttr("href"))
			.containsExactly("#source-1", "#source-2", "#source-1", "#source-3", "#source-4", "#source-1");
		assertThat(body.select(".cite a[id]").eachAttr("id")).containsExactly("cite-1", "cite-2", "cite-3", "cite-4");
	}

	@Test
	void aWorkThatDidNotLoadOrIsCitedIsLeftOutOfTheListsItCannotBeIn() {
		ContentSnapshot snapshot = build(DIR, TODAY);
		Article failed = article(snapshot, "failed-citation");
		assertThat(failed.getSources()).extracting(Article.Source::id).containsExactly("nhs-leg-cramps");
		assertThat(Jsoup.parseBodyFragment(failed.getHtml()).text())
			.isEqualTo("A claim [source 1], and one whose work did not load.");
		assertThat(article(snapshot, "cited-and-further").getFurtherReading()).isEmpty();
	}

	@Test
	void hubsTagsAndPagesCiteAsArticlesDo() {
		ContentSnapshot snapshot = build(DIR, TODAY);
		Topic hub = snapshot.topics().get(0);
		assertThat(hub.getSources()).extracting(Article.Source::id).containsExactly("nhs-leg-cramps");
		assertThat(hub.getFurtherReading()).extracting(Article.Source::id).containsExactly("hallegraeff-2012-stretching");
		Tag alpha = snapshot.tags().get(0);
		assertThat(alpha.getSources()).extracting(Article.Source::id).containsExactly("garrison-2020-magnesium");
		assertThat(alpha.getHtml()).contains("<a href=\"#source-1\" id=\"cite-1\">");
		SitePage about = snapshot.pages().get(0);
		assertThat(about.getSources()).extracting(Article.Source::id).containsExactly("naylor-1994-rest-cramps");
	}

	@Test
	void anEditToTheBibliographyReachesEveryPageThatCitesItWithoutParsingThemAgain(@TempDir Path temp)
			throws IOException {
		Path dir = copy(DIR, temp);
		ContentBuilder builder = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5));
		ContentSnapshot before = builder.build(dir, TODAY);
		Path references = dir.resolve("references.yaml");
		Files.writeString(references, Files.readString(references)
			.replace("title: \"Leg cramps\"", "title: \"Leg cramps (NHS)\""));
		ContentSnapshot after = builder.build(dir, TODAY);
		assertThat(after.times().parsedFiles()).isZero();
		assertThat(article(after, "cited").getSources().get(0).title()).isEqualTo("Leg cramps (NHS)");
		ContentChange change = ContentChange.between(before, after);
		// every page that cites the work is dropped from the cache, and no other
		assertThat(change.articles()).containsExactlyInAnyOrder("cited", "cited-and-further", "failed-citation");
		assertThat(change.topics()).containsExactly("hub");
		assertThat(change.tags()).isEmpty();
		assertThat(change.pages()).isEmpty();
	}

	@Test
	void aBrokenEditKeepsTheLastGoodBibliography(@TempDir Path temp) throws IOException {
		Path dir = copy(DIR, temp);
		Path references = dir.resolve("references.yaml");
		String good = Files.readString(references);
		// only a version with no error at all is a good one to fall back on
		Files.writeString(references, good.substring(0, good.indexOf("  # the mistakes")).replace("title: \"A field", "# \""));
		ContentBuilder builder = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5));
		assertThat(builder.build(dir, TODAY).problems())
			.noneMatch((p) -> p.path().equals(references.toString()) && p.isError());
		Files.writeString(references, "references: [not: valid");
		ContentSnapshot broken = builder.build(dir, TODAY);
		assertThat(broken.problems()).extracting(ContentProblem::toString)
			.contains(references + ":1:1: warning: the site keeps serving the last good version of this file until its errors are fixed")
			.anyMatch((p) -> p.startsWith(references + ":") && p.contains("error: invalid YAML"));
		assertThat(article(broken, "cited").getSources()).hasSize(4);

		Files.delete(references);
		ContentSnapshot none = builder.build(dir, TODAY);
		assertThat(none.articles()).isEmpty();
		assertThat(none.problems()).extracting(ContentProblem::toString)
			.anyMatch((p) -> p.endsWith("cited.md:13:44: error: unknown reference 'nhs-leg-cramps' (there is no references.yaml)"));
	}

}
