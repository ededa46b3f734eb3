package guide.legcramps.home;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page, layout and standalone pages, rendered from the fixture site. */
@FixtureSiteTest
class SitePagesTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homeListsTopicsLatestArticlesAndTags() {
		Document page = Html.get(this.mvc, "/");
		assertThat(page.title()).isEqualTo("Leg cramps explained \u2013 Leg Cramps Guide");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(Html.texts(page, "section[aria-labelledby=topics-heading] h3")).containsExactly("Hub topic", "Side topic");
		assertThat(Html.texts(page, "section[aria-labelledby=topics-heading] .meta")).containsExactly("12 articles", "1 article");
		assertThat(Html.texts(page, "section[aria-labelledby=latest-heading] h3"))
			.containsExactly("Side story", "Article 12", "Article 11", "Article 10", "Article 09", "Article 08");
		// "Unused" has no article, so it is not offered as a way in
		assertThat(Html.texts(page, "section[aria-labelledby=tags-heading] a")).containsExactly("Alpha", "Beta", "Gamma");
	}

	@Test
	void everyPageHasTheLayoutItsOwnTitleDescriptionAndCanonicalUrl() {
		Document page = Html.get(this.mvc, "/about");
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.title()).isEqualTo("About the fixtures \u2013 Leg Cramps Guide");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("What the fixture site is for.");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/about");
		assertThat(page.select("body > a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(page.select("main#main")).hasSize(1);
		assertThat(page.select("header nav a")).extracting((a) -> a.attr("href")).containsExactly("/topics", "/tags", "/about");
		assertThat(page.select("footer").text()).contains("supports, and does not replace, advice from a doctor")
			.contains("In an emergency, call your local emergency number.");
		assertThat(Html.attrs(page, "footer a", "href")).containsExactly("/about", "/privacy");
		// static files are linked by their fingerprinted names, so they can be cached for a year
		assertThat(page.select("link[rel=icon]").attr("href")).matches("/favicon-[0-9a-f]{32}\\.ico");
		assertThat(page.select("link[rel=stylesheet]").attr("href")).matches("/css/site-[0-9a-f]{32}\\.css");
		// no JavaScript: the only script element is the page's JSON-LD, which is data
		assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(page.select("h1").text()).isEqualTo("About the fixtures");
		assertThat(page.select(".article-body h2#who-we-are").text()).isEqualTo("Who we are");
	}

	@Test
	void draftsAndFutureArticlesAreNeitherListedNorCounted() {
		String everything = Html.get(this.mvc, "/").text() + Html.get(this.mvc, "/tags").text()
				+ Html.get(this.mvc, "/tags/gamma").text() + Html.get(this.mvc, "/topics/hub").text()
				+ Html.get(this.mvc, "/topics/hub/page/2").text() + Html.get(this.mvc, "/authors/team/page/2").text()
				+ Html.get(this.mvc, "/articles/a01").text();
		assertThat(everything).doesNotContain("Draft note", "Coming soon").contains("Gamma (2 articles)");
		assertThat(this.mvc.get().uri("/articles/draft-note")).hasStatus(404);
		assertThat(this.mvc.get().uri("/articles/coming-soon")).hasStatus(404);
	}

	@Test
	void topicsPageListsEveryTopicWithItsCount() {
		Document page = Html.get(this.mvc, "/topics");
		assertThat(Html.texts(page, "main h2 a")).containsExactly("Hub topic", "Side topic");
		assertThat(Html.attrs(page, "main h2 a", "href")).containsExactly("/topics/hub", "/topics/side");
	}

	@Test
	void unknownPagesAndPagesThatAreFilesAreNotFound() {
		assertThat(this.mvc.get().uri("/no-such-page")).hasStatus(404);
		assertThat(this.mvc.get().uri("/favicon.ico")).hasStatusOk();
		assertThat(this.mvc.get().uri("/css/site.css")).hasStatusOk();
	}

}
