package guide.legcramps.search;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.load.ContentBuilder;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.search.SiteSearch.Results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How search treats words, on a small fixture (src/test/resources/fixtures/search) whose pages
 * each isolate one rule: forms and accents, phrases, titles, synonyms from the content, spelling,
 * snippets, escaping, and what is never indexed.
 */
class SearchBehaviourTest {

	static final Path FIXTURE = Path.of("src/test/resources/fixtures/search");

	static ContentSnapshot snapshot;

	static SiteSearch search;

	@BeforeAll
	static void index() {
		snapshot = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(FIXTURE,
				ShippedSearch.TODAY);
		assertThat(snapshot.problems()).filteredOn((p) -> p.isError()).isEmpty();
		SearchIndex index = new SearchIndex();
		index.prepare(snapshot).run();
		search = new SiteSearch(index);
	}

	private static Results find(String query) {
		return search.search(SearchQuery.of(query), 1);
	}

	private static List<String> urls(String query) {
		return find(query).hits().stream().map((hit) -> hit.card().url()).toList();
	}

	@Test
	void anyFormAndCaseAndAccentOfAWordFindsIt() {
		assertThat(urls("cramps")).contains("/articles/accents");
		assertThat(urls("CRAMP")).contains("/articles/accents");
		assertThat(urls("cafe creme")).first().isEqualTo("/articles/accents");
		assertThat(urls("brulee")).containsExactly("/articles/accents");
	}

	@Test
	void aPhraseRanksAboveTheSameWordsScattered() {
		// the scattered page says both words three times each; the phrase page once, together
		assertThat(urls("magnesium helps")).startsWith("/articles/phrase", "/articles/scattered");
		assertThat(urls("magnesium")).first().isEqualTo("/articles/scattered");
	}

	@Test
	void aTitleWeighsMoreThanTheBody() {
		assertThat(urls("quinine")).containsExactly("/articles/titled", "/articles/mentions");
	}

	@Test
	void namesFromTheContentLeadToTheirTitle() {
		// a tag's search_terms lead to its title, and so to the pages that use the title's words
		assertThat(urls("water pills")).contains("/tags/diuretics", "/articles/pills");
		// a topic's also_known_as and search_terms
		assertThat(urls("central station")).first().isEqualTo("/topics/hub");
		assertThat(urls("grand junction")).first().isEqualTo("/topics/hub");
	}

	@Test
	void aMisspelledWordIsCorrectedFromTheWordsAsWrittenAndThePageSaysSo() {
		Results results = find("quinnine");
		assertThat(results.suggestion()).isEqualTo("quinine");
		assertThat(results.showingSuggestion()).isTrue();
		assertThat(results.hits()).isNotEmpty();
		// a word the site knows in another form is not corrected
		assertThat(find("cramping").suggestion()).isNull();
		// the suggestion is a word as written, never a stem ("medicin")
		assertThat(find("medicnes").suggestion()).isEqualTo("medicines");
	}

	@Test
	void whenTheQueryFindsSomethingTheCorrectionIsOnlyOffered() {
		Results results = find("quinnine tree bark");
		assertThat(results.suggestion()).isEqualTo("quinine tree bark");
		assertThat(results.showingSuggestion()).isFalse();
		assertThat(results.hits()).extracting((hit) -> hit.card().url()).containsExactly("/articles/titled");
	}

	@Test
	void nonsenseFindsNothingAndSuggestsNothing() {
		Results results = find("xqzvbnw");
		assertThat(results.hits()).isEmpty();
		assertThat(results.total()).isZero();
		assertThat(results.suggestion()).isNull();
	}

	@Test
	void aSnippetIsWholeSentencesWithTheMatchesMarked() {
		String snippet = find("zinc").hits().getFirst().snippet();
		assertThat(snippet).isEqualTo(
				"There is no good evidence that <mark>zinc</mark> helps ordinary cramps, whatever the label says.");
	}

	@Test
	void aSnippetEscapesEverythingButItsMarks() {
		String snippet = find("tonic").hits().getFirst().snippet();
		assertThat(snippet).contains("1 &lt; 2 &amp; 3 &gt; 2", "<mark>tonic</mark>").doesNotContain("<b>", "<script");
	}

	@Test
	void draftsAndScheduledArticlesAreNeverIndexed() {
		assertThat(snapshot.drafts()).isEqualTo(1);
		assertThat(snapshot.scheduled()).isEqualTo(1);
		assertThat(find("zephyrine").hits()).isEmpty();
		assertThat(find("quoxal").hits()).isEmpty();
		assertThat(find("zephyrine").suggestion()).isNull();
		assertThat(search.articlesAToZ()).extracting(SearchablePage.ResultCard::url)
			.doesNotContain("/articles/hidden", "/articles/later");
	}

	@Test
	void queryParserSyntaxMeansNothing() {
		for (String query : List.of("quinine*", "title:quinine", "\"quinine", "quinine~", "(quinine", "quinine AND",
				"+quinine -bark", "quinine^9", "/quin.*/", "[a TO z] quinine", "\\", "*", "?", ":", "\"\"", "AND OR NOT")) {
			Results results = find(query);
			if (query.contains("quinine")) {
				assertThat(results.hits()).as(query).isNotEmpty();
				assertThat(results.hits().getFirst().card().url()).as(query).isEqualTo("/articles/titled");
			}
		}
	}

	@Test
	void onlyStopWordsFindNothing() {
		assertThat(find("the and of").hits()).isEmpty();
	}

	@Test
	void aPagePastTheResultsIsNotFound() {
		assertThat(search.search(SearchQuery.of("quinine"), 1).pages()).isEqualTo(1);
		assertThatThrownBy(() -> search.search(SearchQuery.of("quinine"), 2))
			.isInstanceOf(guide.legcramps.site.NotFoundException.class);
		assertThatThrownBy(() -> search.search(SearchQuery.of("quinine"), 999_999))
			.isInstanceOf(guide.legcramps.site.NotFoundException.class);
	}

}
