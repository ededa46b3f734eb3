package guide.legcramps.content.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import guide.legcramps.FixtureCopy;
import guide.legcramps.Html;
import guide.legcramps.cache.PageCache;
import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code site.preview=true}, on a copy of the fixture site (a draft, {@code draft-note}, and
 * an article scheduled for 2099, {@code coming-soon}): the preview from this machine, the refusals
 * from anywhere else, the drafts listed for the editor and nowhere else, and a preview that is the
 * page the article gets once it is published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.preview=true", "site.base-url=https://example.org" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ArticlePreviewTest.SiteCopy.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticlePreviewTest {

	/** A copy of the site fixture, as the tests edit it. */
	static class SiteCopy extends FixtureCopy.Initializer {

		SiteCopy() {
			super("site");
		}

	}

	static final String DRAFT = "/_content/preview/articles/draft-note";

	static final String SCHEDULED = "/_content/preview/articles/coming-soon";

	/** A reader's address on another network. */
	static final RequestPostProcessor ELSEWHERE = (request) -> {
		request.setRemoteAddr("203.0.113.7");
		return request;
	};

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Autowired
	PageCache cache;

	@Autowired
	ContentLoader loader;

	@Autowired
	SiteProperties site;

	@Test
	@Order(1)
	void aDraftReadsFromThisMachineUnderABannerNeverIndexedOrKept() {
		MvcTestResult result = this.mvc.get().uri(DRAFT).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(result.getResponse().getHeader("X-Robots-Tag")).isEqualTo("noindex");
		Document page = Html.get(this.mvc, DRAFT);
		assertThat(page.select(".preview-banner").text()).isEqualTo(
				"Draft: not published. Readers cannot see this article until its file no longer says draft: true.");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("h1").text()).isEqualTo("Draft note");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/articles/draft-note");
		assertThat(page.select("#sources-heading + ol li")).hasSize(1);
		assertThat(page.select(".related a")).isNotEmpty();
		assertThat(Html.get(this.mvc, SCHEDULED).select(".preview-banner").text())
			.isEqualTo("Draft: not published. Scheduled: readers see it from 1 January 2099.");
		assertThat(this.cache.paths()).noneMatch((path) -> path.startsWith("/_content"));
	}

	@Test
	@Order(2)
	void fromAnywhereElseOrThroughAProxyThePreviewIsTheSites404() throws Exception {
		for (String path : List.of(DRAFT, SCHEDULED)) {
			assertThat(this.mvc.get().uri(path).with(ELSEWHERE).exchange()).hasStatus(404);
			for (String header : Loopback.PROXY_HEADERS) {
				MvcTestResult proxied = this.mvc.get().uri(path).header(header, "203.0.113.7").exchange();
				assertThat(proxied).as(header).hasStatus(404);
				assertThat(proxied.getResponse().getContentAsString()).doesNotContain("Draft note", "Coming soon");
			}
		}
		// over a real socket, as a reverse proxy on this machine would pass a reader's request on
		HttpResponse<String> proxied = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + DRAFT))
				.header("X-Forwarded-For", "203.0.113.7")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.statusCode()).isEqualTo(404);
		assertThat(proxied.body()).contains("Page not found").doesNotContain("Draft note");
		// only drafts and scheduled articles have a preview
		assertThat(this.mvc.get().uri("/_content/preview/articles/a01").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/_content/preview/articles/no-such-article").exchange()).hasStatus(404);
	}

	@Test
	@Order(3)
	void theProblemsPageListsTheDraftsWithTheirPreviewLinksToThisMachineOnly() throws Exception {
		Document page = Html.get(this.mvc, "/_content/problems");
		assertThat(page.select("#previews-heading + ul li").eachText()).containsExactly(
				"Coming soon: Scheduled: readers see it from 1 January 2099.",
				"Draft note: Readers cannot see this article until its file no longer says draft: true.");
		assertThat(page.select("#previews-heading + ul a").eachAttr("href")).containsExactly(SCHEDULED, DRAFT);
		String elsewhere = this.mvc.get().uri("/_content/problems").with(ELSEWHERE).exchange().getResponse()
			.getContentAsString();
		assertThat(elsewhere).doesNotContain("Drafts and scheduled", "Draft note", "Coming soon", "/_content/preview");
	}

	@Test
	@Order(4)
	void withPreviewOnADraftIsStillInNoListCountFeedOrSitemap() throws Exception {
		for (String path : List.of("/", "/topics", "/topics/hub", "/topics/hub/page/2", "/tags", "/tags/alpha",
				"/tags/alpha/page/2", "/authors/team", "/authors/team/page/2", "/feed.xml", "/topics/hub/feed.xml",
				"/sitemap.xml", "/articles/a01", "/articles/a12")) {
			String body = this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
			assertThat(body).as(path).doesNotContain("draft-note", "Draft note", "coming-soon", "Coming soon");
		}
		assertThat(this.mvc.get().uri("/articles/draft-note").exchange()).hasStatus(404);
	}

	@Test
	@Order(5)
	void thePreviewIsThePageTheArticleGetsOncePublished() throws Exception {
		Element preview = Html.get(this.mvc, DRAFT).selectFirst("main");
		preview.select(".preview-banner").remove();
		Path file = this.site.contentDir().resolve("articles/draft-note.md");
		Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));
		this.loader.reload();
		Element published = Html.get(this.mvc, "/articles/draft-note").selectFirst("main");
		assertThat(preview.outerHtml()).isEqualTo(published.outerHtml());
		assertThat(this.mvc.get().uri(DRAFT).exchange()).hasStatus(404);
		assertThat(Jsoup.parse(this.mvc.get().uri("/articles/draft-note").exchange().getResponse().getContentAsString())
			.select("meta[name=robots]")).isEmpty();
	}

}
