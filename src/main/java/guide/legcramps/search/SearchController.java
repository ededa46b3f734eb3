package guide.legcramps.search;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.PageNav;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.topic.TopicQueries;

/**
 * {@code /search?q=...&page=N}: the results, the topics when the query is empty, and a 404 for a
 * page number that is not a plain positive number within the results. Result pages say
 * {@code noindex} and are never kept in the page cache (their number is unbounded). Also the A to Z
 * list a static copy shows instead, and the OpenSearch description every page's head links to.
 */
@Controller
class SearchController {

	static final MediaType OPENSEARCH = new MediaType("application", "opensearchdescription+xml",
			StandardCharsets.UTF_8);

	private final SiteSearch search;

	private final TopicQueries topics;

	private final SiteLinks links;

	private final SearchMetrics metrics;

	SearchController(SiteSearch search, TopicQueries topics, SiteLinks links, SearchMetrics metrics) {
		this.search = search;
		this.topics = topics;
		this.links = links;
		this.metrics = metrics;
	}

	@GetMapping(SearchPage.PATH)
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", required = false) String page, Model model) {
		SearchQuery query = SearchQuery.of(q);
		int number = (page == null) ? 1 : PageNav.parse(page);
		model.addAttribute("searchQuery", query.text());
		if (query.isEmpty()) {
			if (number != 1) {
				throw new NotFoundException("No results to page through");
			}
			model.addAttribute("meta", PageMeta.unlisted("Search", "Search every page of the Leg Cramps Guide."));
			model.addAttribute("topics", this.topics.all());
			return "search/start";
		}
		long start = System.nanoTime();
		SiteSearch.Results found = this.search.search(query, number);
		this.metrics.record(found, System.nanoTime() - start);
		SearchPage results = SearchPage.of(found);
		if (results.results().isEmpty()) {
			model.addAttribute("topics", this.topics.all()); // no dead end
		}
		String title = (number == 1) ? results.heading() : results.heading() + " (page " + number + ")";
		model.addAttribute("meta",
				PageMeta.unlisted(title, "Pages of the Leg Cramps Guide that match your search.").withPagination(results.nav()));
		model.addAttribute("search", results);
		return "search/results";
	}

	@GetMapping(ArticlesAToZ.PATH)
	String articlesAToZ(Model model) {
		model.addAttribute("meta", this.links.meta("Every article, A to Z",
				"Every article on the Leg Cramps Guide in one list, A to Z, with its summary.", ArticlesAToZ.PATH));
		model.addAttribute("atoz", ArticlesAToZ.of(this.search.articlesAToZ()));
		return "search/a-z";
	}

	@GetMapping("/opensearch.xml")
	ResponseEntity<byte[]> openSearch() {
		return ResponseEntity.ok().contentType(OPENSEARCH).body(OpenSearchDescription.write(this.links));
	}

}
