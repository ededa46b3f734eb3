package guide.legcramps.topic;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;

import static org.assertj.core.api.Assertions.assertThat;

@FixtureSiteTest
class TopicPageTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void firstPageShowsTheIntroductionTenNewestArticlesAndTheTopicsTags() {
		Document page = Html.get(this.mvc, "/topics/hub");
		assertThat(page.title()).isEqualTo("Hub topic \u2013 Leg Cramps Guide");
		assertThat(page.select("h1").text()).isEqualTo("Hub topic");
		assertThat(page.select(".aka").text()).isEqualTo("Also known as: Main hub, Centre");
		assertThat(page.select(".article-body strong").text()).isEqualTo("hub introduction");
		// the introduction's sources are the works it cites; further reading is listed apart
		assertThat(page.select(".article-body .cite").text()).isEqualTo("[source 1]");
		assertThat(page.select("ol.sources > li .source-title").eachText()).containsExactly("Leg cramps");
		assertThat(page.select("#further-reading-heading").text()).isEqualTo("Further reading");
		assertThat(Html.texts(page, "ul.further-reading li")).containsExactly("Garrison SR et al. Magnesium for skeletal"
				+ " muscle cramps. Cochrane Database of Systematic Reviews, 2020. doi:10.1002/14651858.CD009402.pub3"
				+ " https://doi.org/10.1002/14651858.CD009402.pub3");
		assertThat(Html.texts(page, ".article-list h3")).containsExactly("Article 12", "Article 11", "Article 10",
				"Article 09", "Article 08", "Article 07", "Article 06", "Article 05", "Article 04", "Article 03");
		assertThat(page.select(".article-list li").first().select(".byline").text())
			.isEqualTo("Fixture team \u00b7 12 January 2026");
		assertThat(page.select(".article-list li").first().select("p:not(.byline):not(.read-more)").text())
			.isEqualTo("Summary of fixture article number 12, long enough to pass the fifty character minimum.");
		assertThat(page.select(".article-list li").first().select(".read-more a").attr("href")).isEqualTo("/articles/a12");
		assertThat(page.select(".article-list li").first().select(".read-more a").text())
			.isEqualTo("Read more: Article 12");
		assertThat(page.select("link[rel=prev]")).isEmpty();
		assertThat(page.select("link[rel=next]").attr("href")).isEqualTo("/topics/hub/page/2");
		assertThat(page.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/topics/hub/page/2");
		assertThat(page.select("nav.pagination span").text()).isEqualTo("Page 1 of 2");
		assertThat(Html.texts(page, "section[aria-labelledby=topic-tags-heading] a")).containsExactly("Alpha", "Beta",
				"Gamma");
	}

	@Test
	void theLeadComesBeforeTheArticlesAndTheRestOfTheIntroductionAfterThem() {
		Document page = Html.get(this.mvc, "/topics/hub");
		List<String> main = page.select("main > *")
			.stream()
			.map((e) -> e.hasClass("article-body") ? "body: " + e.text() : e.tagName() + " " + e.attr("aria-labelledby"))
			.toList();
		assertThat(main).containsSubsequence("body: The hub introduction of the fixture site, which cites a work [source 1].",
				"section articles-heading",
				"body: About the hub The rest of the hub's introduction, after the list of its articles.",
				"section topic-tags-heading");
		assertThat(page.select("main > .article-body").last().child(0).outerHtml())
			.isEqualTo("<h2 id=\"about-the-hub\">About the hub</h2>");
	}

	@Test
	void secondPageHasTheRestAndLinksBack() {
		Document page = Html.get(this.mvc, "/topics/hub/page/2");
		assertThat(page.title()).isEqualTo("Hub topic (page 2) \u2013 Leg Cramps Guide");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/topics/hub/page/2");
		assertThat(Html.texts(page, ".article-list h3")).containsExactly("Article 02", "Article 01");
		assertThat(page.select("link[rel=prev]").attr("href")).isEqualTo("/topics/hub");
		assertThat(page.select("link[rel=next]")).isEmpty();
		assertThat(page.select(".article-body")).isEmpty();
		assertThat(page.select(".sources")).as("the sources go with the introduction").isEmpty();
	}

	@Test
	void pageOneRedirectsPermanentlyToTheListItself() {
		assertThat(this.mvc.get().uri("/topics/hub/page/1")).hasStatus(301).hasRedirectedUrl("/topics/hub");
	}

	@Test
	void aShortListHasNoPagination() {
		Document page = Html.get(this.mvc, "/topics/side");
		assertThat(Html.texts(page, ".article-list h3")).containsExactly("Side story");
		assertThat(page.select("nav.pagination")).isEmpty();
	}

}
