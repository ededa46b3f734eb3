package guide.legcramps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.seo.Schemas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped {@code content/} in strict mode, with the clock pinned so review dates passing
 * never breaks the build: it loads with no problem at all, and a crawl from the home page reaches
 * every file's page, every page answers 200 and every link (anchors included) resolves.
 */
@ShippedSiteTest
class ShippedContentTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentLoader loader;

	@Test
	void loadsWithNoErrorsAndNoWarnings() {
		assertThat(this.loader.current().problems()).isEmpty();
		assertThat(this.loader.current().articles()).hasSize(count("articles"));
		assertThat(this.loader.current().tags()).hasSize(count("tags"));
		assertThat(this.loader.current().topics()).hasSize(count("topics"));
	}

	@Test
	void everyPageIsReachableFromHomeAndEveryLinkResolves() throws Exception {
		Set<String> broken = new TreeSet<>();
		Map<String, Document> pages = crawl(broken);
		assertThat(broken).isEmpty();
		for (Map.Entry<String, Document> entry : pages.entrySet()) {
			for (Element link : entry.getValue().select("a[href*=#]")) {
				String href = link.attr("href");
				String target = href.startsWith("#") ? entry.getKey() : href.substring(0, href.indexOf('#'));
				String id = href.substring(href.indexOf('#') + 1);
				assertThat(pages.get(target).getElementById(id)).as(entry.getKey() + " links to " + href).isNotNull();
			}
		}
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/articles/[a-z0-9-]+"))).hasSize(count("articles"));
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/topics/[a-z0-9-]+"))).hasSize(count("topics"));
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/tags/[a-z0-9-]+"))).hasSize(count("tags"));
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/authors/[a-z0-9-]+"))).hasSize(count("authors"));
		assertThat(pages).containsKeys("/about", "/privacy", "/topics", "/tags");
		for (Document page : pages.values()) {
			assertThat(page.select("h1")).hasSize(1);
			assertThat(page.title()).endsWith(" \u2013 Leg Cramps Guide");
			// Nothing the Content-Security-Policy (default-src 'self', no unsafe-inline) would block.
			assertThat(page.select("script:not([type=application/ld+json]), style, [style], iframe, object, embed")).isEmpty();
			for (Element fetched : page.select("link[rel=stylesheet], link[rel=icon], img[src]")) {
				assertThat(fetched.hasAttr("href") ? fetched.attr("href") : fetched.attr("src")).as("same-site")
					.startsWith("/")
					.doesNotStartWith("//");
			}
		}
	}

	@Test
	void everyArticleIsListedOnItsTopicsPages() {
		for (guide.legcramps.topic.Topic topic : this.loader.current().topics()) {
			Set<String> listed = new TreeSet<>();
			String path = "/topics/" + topic.getSlug();
			while (path != null) {
				Document page = Html.get(this.mvc, path);
				listed.addAll(Html.attrs(page, ".article-list h3 a", "href"));
				String next = page.select("link[rel=next]").attr("href");
				path = next.isEmpty() ? null : next;
			}
			Set<String> expected = new TreeSet<>();
			this.loader.current()
				.articles()
				.stream()
				.filter((a) -> a.getTopic().slug().equals(topic.getSlug()))
				.forEach((a) -> expected.add("/articles/" + a.getSlug()));
			assertThat(listed).as(topic.getSlug()).isEqualTo(expected).hasSize(topic.getArticleCount());
		}
	}

	/**
	 * The sitemap is valid and lists exactly the pages a crawl from home reaches, less the later
	 * pages of lists; each has one JSON-LD block; the feeds are valid Atom.
	 */
	@Test
	void sitemapMatchesTheCrawlAndTheFeedsAreValidAtom() throws Exception {
		byte[] sitemap = this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsByteArray();
		Schemas.validateSitemap(sitemap);
		NodeList locs = Schemas.parse(sitemap).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9",
				"loc");
		Set<String> listed = new TreeSet<>();
		for (int i = 0; i < locs.getLength(); i++) {
			listed.add(locs.item(i).getTextContent().replaceFirst("^http://localhost:8080", ""));
		}
		Map<String, Document> pages = crawl(new TreeSet<>());
		Set<String> reached = new TreeSet<>(pages.keySet());
		reached.removeIf((path) -> path.contains("/page/"));
		assertThat(listed).isEqualTo(reached);
		for (Map.Entry<String, Document> page : pages.entrySet()) {
			assertThat(page.getValue().select("script[type=application/ld+json]")).as(page.getKey()).hasSize(1);
		}
		List<String> feeds = new ArrayList<>(List.of("/feed.xml"));
		this.loader.current().topics().forEach((topic) -> feeds.add("/topics/" + topic.getSlug() + "/feed.xml"));
		for (String feed : feeds) {
			MvcTestResult result = this.mvc.get().uri(feed).exchange();
			assertThat(result).hasStatusOk();
			assertThat(Schemas.atomErrors(result.getResponse().getContentAsByteArray())).as(feed).isEmpty();
		}
	}

	/** Every page reached by following the site's own links from home; {@code broken} collects non-200 answers. */
	private Map<String, Document> crawl(Set<String> broken) throws Exception {
		Map<String, Document> pages = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(Set.of("/"));
		Set<String> seen = new TreeSet<>(Set.of("/"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			if (result.getResponse().getStatus() != 200) {
				broken.add(path + " -> " + result.getResponse().getStatus());
				continue;
			}
			if (!result.getResponse().getContentType().startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			pages.put(path, page);
			for (Element link : page.select("a[href], link[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//")) {
					String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
					if (seen.add(target)) {
						queue.add(target);
					}
				}
			}
		}
		return pages;
	}

	static int count(String folder) {
		try (Stream<Path> files = Files.list(Path.of("content", folder))) {
			return (int) files.filter((f) -> f.toString().endsWith(".md")).count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
