package guide.legcramps.search;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import guide.legcramps.FixtureContent;
import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;
import guide.legcramps.cache.PageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search pages of the fixture site, read off a real socket: the header form, results, paging,
 * spelling, no dead ends, escaping, and what is kept out of caches and search engines.
 */
@FixtureSiteTest
class SearchPageTest {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	/** {@code query} is sent as written: encode what the address needs encoded. */
	private HttpResponse<String> send(String pathAndQuery) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private Document page(String pathAndQuery) throws Exception {
		HttpResponse<String> response = send(pathAndQuery);
		assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Autowired
	PageCache pageCache;

	@Test
	void everyPageHasTheSearchFormInASearchLandmarkAndLinksTheOpenSearchDescription() throws Exception {
		for (String path : List.of("/", "/articles/a01", "/tags/alpha", "/about", "/search", "/search?q=alpha")) {
			Document page = page(path);
			assertThat(page.select("header search form[action=/search][method=get]")).as(path).hasSize(1);
			assertThat(page.select("header search label[for=site-search]").text()).as(path).isEqualTo("Search the guide");
			assertThat(page.select("header search input#site-search[name=q][type=search]")).as(path).hasSize(1);
			assertThat(page.select("header search button[type=submit]").text()).as(path).isEqualTo("Search");
			assertThat(page.select("head link[rel=search][type=application/opensearchdescription+xml]").attr("href"))
				.as(path)
				.isEqualTo("/opensearch.xml");
		}
	}

	@Test
	void resultsComeTenAPageWithTheQueryInTheBoxAndNoIndex() throws Exception {
		Document first = page("/search?q=fixture");
		assertThat(first.select("h1").text()).isEqualTo("Search results for \u201cfixture\u201d");
		assertThat(first.title()).isEqualTo("Search results for \u201cfixture\u201d \u2013 Leg Cramps Guide");
		assertThat(first.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(first.select("link[rel=canonical]")).isEmpty();
		assertThat(first.select("#site-search").val()).isEqualTo("fixture");
		assertThat(first.select(".search-results > li")).hasSize(SiteSearch.PER_PAGE);
		assertThat(first.select(".search-results h2 a").first().attr("href")).startsWith("/");
		assertThat(first.select(".search-results li:has(a[href^=/articles/a]) .result-kind").first().text())
			.isEqualTo("Article in Hub topic");
		assertThat(first.select(".count").text()).matches("Results 1 to 10 of 1[3-9]");
		assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/search?q=fixture&page=2");
		assertThat(first.select("link[rel=next]").attr("href")).isEqualTo("/search?q=fixture&page=2");

		Document second = page("/search?q=fixture&page=2");
		assertThat(second.select(".search-results > li")).isNotEmpty().hasSizeLessThanOrEqualTo(SiteSearch.PER_PAGE);
		assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/search?q=fixture");
		assertThat(second.title()).contains("(page 2)");
		assertThat(Html.texts(second, ".search-results h2")).doesNotContainAnyElementsOf(Html.texts(first, ".search-results h2"));
	}

	@Test
	void aPageNumberThatIsNotAPageOfTheResultsIsTheNotFoundPage() throws Exception {
		for (String number : List.of("0", "-1", "abc", "1e9", "007", "3", "999999", "99999999999", "", "1.5", "%20", "2&page=3")) {
			HttpResponse<String> response = send("/search?q=fixture&page=" + number);
			assertThat(response.statusCode()).as(number).isEqualTo(404);
			assertThat(Jsoup.parse(response.body()).select("header.site-header, main h1")).as(number).hasSize(2);
		}
		assertThat(send("/search?page=2").statusCode()).isEqualTo(404);
		assertThat(send("/search?q=xqzvbnw&page=2").statusCode()).isEqualTo(404);
		assertThat(send("/search?q=fixture&page=1").statusCode()).isEqualTo(200);
	}

	@Test
	void anEmptyQueryShowsTheSearchPageWithTheTopics() throws Exception {
		for (String path : List.of("/search", "/search?q=", "/search?q=%20%09")) {
			Document page = page(path);
			assertThat(page.select("h1").text()).as(path).isEqualTo("Search");
			assertThat(Html.texts(page, "main .card-list h3")).as(path).containsExactly("Hub topic", "Side topic");
			assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		}
	}

	@Test
	void noResultsIsNoDeadEnd() throws Exception {
		Document page = page("/search?q=xqzvbnw");
		assertThat(page.select("main").text()).contains("No results for xqzvbnw.");
		assertThat(page.select(".search-results")).isEmpty();
		assertThat(Html.texts(page, "main .card-list h3")).containsExactly("Hub topic", "Side topic");
		assertThat(Html.attrs(page, "main a", "href")).contains("/topics/hub", "/tags", "/search/a-z");
	}

	@Test
	void aMisspellingIsCorrectedOpenlyWhenNothingElseIsFound() throws Exception {
		Document corrected = page("/search?q=fixtuer");
		assertThat(corrected.select(".suggestion").text())
			.isEqualTo("No results for fixtuer. Showing results for fixture.");
		assertThat(corrected.select(".search-results > li")).isNotEmpty();
		assertThat(corrected.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/search?q=fixture&page=2");

		Document offered = page("/search?q=alpha+fixtuer");
		assertThat(offered.select(".suggestion").text()).isEqualTo("Did you mean alpha fixture?");
		assertThat(offered.select(".suggestion a").attr("href")).isEqualTo("/search?q=alpha+fixture");
		assertThat(offered.select(".suggestion em").text()).isEqualTo("alpha fixture");
	}

	@Test
	void whatWasTypedIsShownEscapedAndALongQueryIsCutWithANote() throws Exception {
		String typed = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
		HttpResponse<String> response = send("/search?q=" + encoded(typed));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert", "<img src=x", "\"><img");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Search results for \u201c" + typed + "\u201d");
		assertThat(page.select("#site-search").val()).isEqualTo(typed);

		Document cut = page("/search?q=" + "fixture+".repeat(40));
		assertThat(cut.select(".note").text()).isEqualTo("Your search was cut to its first 20 words and 200 characters.");
		assertThat(cut.select("#site-search").val().split(" ")).hasSize(20);
	}

	@Test
	void resultsAreMadeForEveryRequestAndNeverKeptInThePageCache() throws Exception {
		Document alpha = page("/search?q=alpha");
		Document side = page("/search?q=side");
		assertThat(Html.texts(side, ".search-results h2")).isNotEqualTo(Html.texts(alpha, ".search-results h2"));
		page("/about");
		assertThat(this.pageCache.paths()).contains("/about").doesNotContain("/search");
		assertThat(send("/search?q=side").headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void theSitemapListsNoSearchPageAndRobotsLetCrawlersSeeTheirNoIndex() throws Exception {
		String sitemap = send("/sitemap.xml").body();
		assertThat(sitemap).contains("<loc>https://example.org/about</loc>").doesNotContain("/search");
		String robots = send("/robots.txt").body();
		assertThat(robots).doesNotContain("search");
	}

	@Test
	void theOpenSearchDescriptionPointsAtTheResultsPage() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/opensearch.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/opensearchdescription+xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		String ns = OpenSearchDescription.NAMESPACE;
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("OpenSearchDescription");
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(ns);
		assertThat(xml.getElementsByTagNameNS(ns, "ShortName").item(0).getTextContent()).isEqualTo("Leg Cramps Guide");
		org.w3c.dom.Element url = (org.w3c.dom.Element) xml.getElementsByTagNameNS(ns, "Url").item(0);
		assertThat(url.getAttribute("type")).isEqualTo("text/html");
		assertThat(url.getAttribute("template")).isEqualTo("https://example.org/search?q={searchTerms}");
		assertThat(xml.getElementsByTagNameNS(ns, "Image").item(0).getTextContent())
			.isEqualTo("https://example.org/favicon.ico");
	}

	@Test
	void theAToZListsEveryPublicArticleWithItsSummary() throws Exception {
		Document page = page("/search/a-z");
		assertThat(page.select("h1").text()).isEqualTo("Every article, A to Z");
		assertThat(page.select("main").text()).contains("needs the live site");
		List<String> titles = FixtureContent.publicArticles().stream().map((doc) -> doc.text("title")).sorted().toList();
		assertThat(Html.texts(page, ".article-list h3")).containsExactlyElementsOf(titles);
		assertThat(Html.texts(page, "main section h2")).containsExactly("A", "S");
		assertThat(Html.attrs(page, ".letter-list a", "href")).containsExactly("#letter-a", "#letter-s");
		assertThat(page.select("#letter-s + .article-list p").text())
			.isEqualTo(FixtureContent.doc("articles", "side-story").text("summary"));
	}

}
