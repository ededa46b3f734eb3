package guide.legcramps.browser;

import java.util.List;

/**
 * One address of each kind of page the site serves, on the shipped content. The browser and
 * validity suites check every one and fail if they checked fewer.
 */
final class PageTypes {

	record PageType(String name, String path, int status) {
	}

	static final List<PageType> ALL = List.of(new PageType("home", "/", 200),
			new PageType("topics", "/topics", 200), new PageType("topic", "/topics/leg-cramps", 200),
			new PageType("topic-page-2", "/topics/leg-cramps/page/2", 200),
			new PageType("article-with-table-and-contents", "/articles/foods-rich-in-potassium-magnesium-calcium", 200),
			new PageType("article-with-a-figure", "/articles/how-to-stop-a-leg-cramp", 200),
			new PageType("article-with-figures", "/articles/stretches-to-prevent-leg-cramps", 200),
			new PageType("article-with-every-care-level", "/articles/when-leg-pain-is-not-a-cramp", 200),
			new PageType("tags", "/tags", 200),
			new PageType("tag", "/tags/relief", 200), new PageType("tag-with-care-cards", "/tags/red-flags", 200),
			new PageType("author", "/authors/editorial-team", 200),
			new PageType("about", "/about", 200), new PageType("privacy", "/privacy", 200),
			new PageType("content-problems", "/_content/problems", 200), new PageType("search", "/search", 200),
			new PageType("search-results", "/search?q=magnesium+tablets", 200),
			new PageType("search-page-2", "/search?q=cramps&page=2", 200),
			new PageType("search-suggestion", "/search?q=magnesum", 200),
			new PageType("search-did-you-mean", "/search?q=quinnine+tonic", 200),
			new PageType("search-no-results", "/search?q=xqzvbnw", 200),
			new PageType("search-warning-signs", "/search?q=swollen+calf+and+chest+pain", 200),
			new PageType("articles-a-to-z", "/search/a-z", 200),
			new PageType("not-found", "/articles/no-such-article", 404));

	private PageTypes() {
	}

}
