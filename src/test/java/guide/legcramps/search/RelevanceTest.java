package guide.legcramps.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance table ({@code src/test/resources/search/relevance.tsv}): queries as readers type
 * them, each with the page that must be among the first three results on the shipped content. Run
 * with the content's {@code search_terms}, every row must pass; with them ignored, at least 20 of the
 * rows must, so the text alone does most of the work and the table cannot be passed by search terms
 * written for it.
 */
class RelevanceTest {

	static final List<String[]> TABLE = ShippedSearch.table("relevance.tsv");

	@Test
	void theTableIsLargeEnoughAndCoversEveryKindOfQuery() {
		assertThat(TABLE).hasSizeGreaterThanOrEqualTo(30).allSatisfy((row) -> assertThat(row).hasSize(3));
		assertThat(TABLE.stream().map((row) -> row[0]).distinct())
			.containsExactlyInAnyOrder("question", "symptom", "medicine", "misspelling", "synonym");
		// every expected page exists: a row can only fail on ranking
		SiteSearch search = ShippedSearch.search(true);
		List<String> pages = search.articlesAToZ().stream().map(SearchablePage.ResultCard::url).toList();
		assertThat(TABLE).allSatisfy((row) -> assertThat(row[2].startsWith("/topics/") || pages.contains(row[2]))
			.as(row[2]).isTrue());
	}

	@Test
	void everyQueryFindsItsPageInTheTopThreeWithTheSearchTerms() {
		assertThat(failures(ShippedSearch.search(true))).isEmpty();
	}

	@Test
	void twentyQueriesFindTheirPageWithTheSearchTermsIgnored() {
		List<String> failures = failures(ShippedSearch.search(false));
		System.out.println("Relevance without search_terms: " + (TABLE.size() - failures.size()) + " of " + TABLE.size()
				+ " pass; failing: " + failures);
		assertThat(TABLE.size() - failures.size()).isGreaterThanOrEqualTo(20);
	}

	private static List<String> failures(SiteSearch search) {
		List<String> failures = new ArrayList<>();
		for (String[] row : TABLE) {
			List<String> top = ShippedSearch.top(search, row[1], 3);
			if (!top.contains(row[2])) {
				failures.add(row[1] + " -> " + row[2] + " (top 3: " + top + ")");
			}
		}
		return failures;
	}

}
