package guide.legcramps.content.load;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.Html;
import guide.legcramps.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** One broken topic file never empties the site: its articles still serve, the topic shown as plain text. */
@SpringBootTest(properties = "site.content-dir=src/test/resources/fixtures/broken-topic")
@AutoConfigureMockMvc
class BrokenTopicTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentLoader loader;

	@Test
	void theBrokenFileIsReportedAndItsArticlesWarned() {
		assertThat(this.loader.current().problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"src/test/resources/fixtures/broken-topic/articles/a02.md:4:1: warning: topic 'hub' did not load (see its own problems); it is shown without a link until it is fixed",
					"src/test/resources/fixtures/broken-topic/articles/a03.md:4:1: warning: topic 'hub' did not load (see its own problems); it is shown without a link until it is fixed",
					"src/test/resources/fixtures/broken-topic/topics/hub.md:4:1: error: invalid YAML: expected ',' or ']', but got <stream end> while parsing a flow sequence that starts at line 3, column 10");
	}

	@Test
	void everyArticleOfTheBrokenTopicStillServes() {
		for (String slug : new String[] { "a02", "a03" }) {
			Document page = Html.get(this.mvc, "/articles/" + slug);
			assertThat(Html.texts(page, "nav.breadcrumb li")).containsExactly("Home", "hub", page.select("h1").text());
			assertThat(Html.attrs(page, "nav.breadcrumb a", "href")).containsExactly("/");
		}
		assertThat(this.mvc.get().uri("/topics/hub")).hasStatus(404);
		assertThat(Html.texts(Html.get(this.mvc, "/"), "section[aria-labelledby=topics-heading] h3"))
			.containsExactly("Side topic");
		assertThat(Html.texts(Html.get(this.mvc, "/tags/alpha"), ".article-list h3")).containsExactly("Article 03",
				"Article 02");
	}

}
