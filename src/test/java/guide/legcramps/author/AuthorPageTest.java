package guide.legcramps.author;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;

import static org.assertj.core.api.Assertions.assertThat;

@FixtureSiteTest
class AuthorPageTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsNameRoleBioAndTheirArticles() {
		Document page = Html.get(this.mvc, "/authors/solo");
		assertThat(page.title()).isEqualTo("Solo writer \u2013 Leg Cramps Guide");
		assertThat(page.select("h1").text()).isEqualTo("Solo writer");
		assertThat(page.select(".lead").text()).isEqualTo("Guest writer, Fixture credential");
		assertThat(page.select(".article-body").text()).isEqualTo("Writes one article.");
		assertThat(Html.texts(page, ".article-list h3")).containsExactly("Side story");
	}

	@Test
	void anAuthorOfManyArticlesPaginates() {
		Document page = Html.get(this.mvc, "/authors/team");
		assertThat(page.select(".lead").text()).isEqualTo("Test writers");
		assertThat(page.select(".article-list li")).hasSize(10);
		assertThat(Html.texts(Html.get(this.mvc, "/authors/team/page/2"), ".article-list h3")).containsExactly(
				"Article 02", "Article 01");
	}

}
