package guide.legcramps.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import guide.legcramps.search.SiteSearch.Hit;
import guide.legcramps.search.SiteSearch.Results;
import guide.legcramps.search.WarningSigns.Guidance;
import guide.legcramps.site.PageNav;

/**
 * The results page, ready to print: every text and address made here, so the template only
 * places them. {@code query} is what was searched for (after cutting); {@code suggestion} is the
 * corrected query as a link (or null); {@code showingSuggestion} says the results are the
 * suggestion's, the query having found nothing; {@code shortened} is the note on a cut query (or
 * null); {@code guidance} is the warning-sign guidance to show first (or null).
 */
record SearchPage(String query, String heading, String shortened, Guidance guidance, Link suggestion,
		boolean showingSuggestion, String count, List<Result> results, PageNav nav) {

	static final String PATH = SearchPaths.RESULTS;

	/** A result: title, summary, snippet (escaped HTML with marks, or null) and where the page sits. */
	record Result(String url, String title, String summary, String snippet, String kind, String topicTitle,
			String topicUrl) {

		static Result of(Hit hit) {
			SearchablePage.ResultCard card = hit.card();
			return new Result(card.url(), card.title(), card.summary(), hit.snippet(), card.kind(), card.topicTitle(),
					card.topicUrl());
		}

	}

	record Link(String text, String url) {
	}

	static SearchPage of(Results results) {
		String query = results.query().text();
		String shortened = results.query().shortened() ? "Your search was cut to its first " + SearchQuery.MAX_WORDS
				+ " words and " + SearchQuery.MAX_CHARACTERS + " characters." : null;
		Link suggestion = (results.suggestion() != null)
				? new Link(results.suggestion(), url(results.suggestion(), 1)) : null;
		String searched = results.showingSuggestion() ? results.suggestion() : query;
		return new SearchPage(query, "Search results for \u201c" + query + "\u201d", shortened, results.guidance(),
				suggestion, results.showingSuggestion(), count(results),
				results.hits().stream().map(Result::of).toList(),
				PageNav.of(results.page(), results.pages(), (n) -> url(searched, n)));
	}

	private static String count(Results results) {
		long total = results.total();
		if (total == 0) {
			return "No results";
		}
		String of = String.format(Locale.UK, "%,d", total) + (results.more() ? " or more" : "");
		if (total <= SiteSearch.PER_PAGE && !results.more()) {
			return total + ((total == 1) ? " result" : " results");
		}
		long first = (long) (results.page() - 1) * SiteSearch.PER_PAGE + 1;
		long last = Math.min(total, first + SiteSearch.PER_PAGE - 1);
		return "Results " + first + " to " + last + " of " + of;
	}

	/** The address of page {@code number} of the results for {@code query}. */
	static String url(String query, int number) {
		String url = PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
		return (number == 1) ? url : url + "&page=" + number;
	}

}
