package guide.legcramps.seo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import guide.legcramps.FixtureContent.Doc;
import guide.legcramps.FixtureContent;
import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;

import static guide.legcramps.FixtureContent.BASE_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sitemap and robots.txt of the fixture site. What the sitemap must list is worked out from the
 * fixture files themselves, and checked again against a crawl of the site from its home page.
 */
@FixtureSiteTest
class SitemapTest {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	MockMvcTester mvc;

	@Test
	void sitemapIsValidAgainstTheSitemapsOrgSchema() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/xml;charset=UTF-8");
		Schemas.validateSitemap(result.getResponse().getContentAsByteArray());
	}

	@Test
	void theSchemaCheckCatchesABrokenSitemap() {
		byte[] broken = ("<urlset xmlns=\"" + NS + "\"><url><lastmod>2026-01-01</lastmod></url></urlset>").getBytes();
		assertThatExceptionOfType(SAXException.class).isThrownBy(() -> Schemas.validateSitemap(broken));
	}

	@Test
	void listsEveryPublicPageOnceWithTheDateItsContentLastChanged() throws Exception {
		List<Doc> articles = FixtureContent.publicArticles();
		Map<String, LocalDate> expected = new TreeMap<>();
		LocalDate newest = newestReview(articles, (a) -> true);
		expected.put(BASE_URL + "/", newest);
		expected.put(BASE_URL + "/topics", newest);
		expected.put(BASE_URL + "/tags", newest);
		for (Doc article : articles) {
			expected.put(BASE_URL + "/articles/" + article.slug(), article.date("reviewed"));
		}
		for (String topic : FixtureContent.read("topics").keySet()) {
			expected.put(BASE_URL + "/topics/" + topic, newestReview(articles, (a) -> a.text("topic").equals(topic)));
		}
		// a tag is offered where the tag list offers it: when an article carries it ("unused" is not)
		for (String tag : FixtureContent.read("tags").keySet()) {
			LocalDate date = newestReview(articles, (a) -> a.list("tags").contains(tag));
			if (date != null) {
				expected.put(BASE_URL + "/tags/" + tag, date);
			}
		}
		for (String author : FixtureContent.read("authors").keySet()) {
			LocalDate date = newestReview(articles, (a) -> a.text("author").equals(author));
			if (date != null) {
				expected.put(BASE_URL + "/authors/" + author, date);
			}
		}
		// standalone pages carry no date in their files
		for (String page : FixtureContent.read("pages").keySet()) {
			expected.put(BASE_URL + "/" + page, null);
		}

		Map<String, LocalDate> listed = sitemap();
		assertThat(listed).isEqualTo(expected);
		assertThat(listed).hasSize(3 + 13 + 2 + 3 + 2 + 2).doesNotContainKey(BASE_URL + "/tags/unused");
		assertThat(listed.keySet()).noneMatch((url) -> url.contains("/page/"));
	}

	@Test
	void everyListedUrlIsALivePageWhoseCanonicalUrlItIs() throws Exception {
		for (String url : sitemap().keySet()) {
			String path = url.substring(BASE_URL.length());
			assertThat(Html.get(this.mvc, path).select("link[rel=canonical]").attr("href")).isEqualTo(url);
		}
	}

	/** Every page a visitor can reach from home, less the later pages of lists, and nothing else. */
	@Test
	void listsWhatACrawlFromHomeFinds() throws Exception {
		Set<String> reached = new TreeSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new TreeSet<>(List.of("/"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			if (result.getResponse().getStatus() != 200
					|| !result.getResponse().getContentType().startsWith("text/html")) {
				continue;
			}
			reached.add(BASE_URL + path);
			for (Element link : Jsoup.parse(result.getResponse().getContentAsString()).select("a[href]")) {
				String href = link.attr("href").replaceFirst("#.*", "");
				if (href.startsWith("/") && !href.startsWith("//") && seen.add(href)) {
					queue.add(href);
				}
			}
		}
		reached.removeIf((url) -> url.contains("/page/"));
		assertThat(new TreeSet<>(sitemap().keySet())).isEqualTo(reached);
	}

	@Test
	void robotsAllowsEverythingPublicAndPointsAtTheSitemap() {
		MvcTestResult result = this.mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(result).bodyText()
			.isEqualTo("User-agent: *\nAllow: /\nDisallow: /_content/\n\nSitemap: https://example.org/sitemap.xml\n");
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk();
	}

	@Test
	void urlsAreEscapedAsXmlNeeds() throws Exception {
		String url = "https://example.org/search?q=cramps&lang=en<>";
		byte[] xml = SitemapXml.write(List.of(new PublicPage(url, LocalDate.of(2026, 1, 2))));
		Document document = Schemas.parse(xml);
		assertThat(document.getElementsByTagNameNS(NS, "loc").item(0).getTextContent()).isEqualTo(url);
		assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("q=cramps&amp;lang=en&lt;&gt;");
	}

	/** The sitemap's {@code loc} → {@code lastmod} (null where absent); fails on a URL listed twice. */
	private Map<String, LocalDate> sitemap() throws Exception {
		byte[] xml = this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsByteArray();
		NodeList urls = Schemas.parse(xml).getElementsByTagNameNS(NS, "url");
		Map<String, LocalDate> listed = new HashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
			String loc = url.getElementsByTagNameNS(NS, "loc").item(0).getTextContent();
			NodeList lastmod = url.getElementsByTagNameNS(NS, "lastmod");
			assertThat(listed).as("listed twice").doesNotContainKey(loc);
			listed.put(loc, (lastmod.getLength() > 0) ? LocalDate.parse(lastmod.item(0).getTextContent()) : null);
		}
		return listed;
	}

	private static LocalDate newestReview(List<Doc> articles, Predicate<Doc> filter) {
		return articles.stream()
			.filter(filter)
			.map((a) -> a.date("reviewed"))
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
