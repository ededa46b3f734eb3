package guide.legcramps.tag;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;

import static org.assertj.core.api.Assertions.assertThat;

@FixtureSiteTest
class TagPageTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void tagListShowsEachUsedTagWithItsCountAndDefinition() {
		Document page = Html.get(this.mvc, "/tags");
		assertThat(page.title()).isEqualTo("Tags \u2013 Leg Cramps Guide");
		assertThat(Html.texts(page, "main h2")).containsExactly("Alpha (12 articles)", "Beta (6 articles)",
				"Gamma (2 articles)");
		assertThat(Html.texts(page, "main li > p")).containsExactly("Alpha, the tag on every hub article.",
				"Beta, the tag on the odd-numbered hub articles.",
				"Gamma, the tag on the first article and the side article.");
	}

	@Test
	void tagPageShowsDefinitionArticlesAndTagsThatOccurWithIt() {
		Document page = Html.get(this.mvc, "/tags/beta");
		assertThat(page.select("h1").text()).isEqualTo("Beta");
		assertThat(page.select(".lead").text()).isEqualTo("Beta, the tag on the odd-numbered hub articles.");
		assertThat(Html.texts(page, ".article-list h3")).containsExactly("Article 11", "Article 09", "Article 07",
				"Article 05", "Article 03", "Article 01");
		// alpha is on all six beta articles, gamma on one
		assertThat(Html.texts(page, "section[aria-labelledby=related-tags-heading] a")).containsExactly("Alpha", "Gamma");
		assertThat(page.select("nav.pagination")).isEmpty();
	}

	@Test
	void tagsWithManyArticlesPaginateByPath() {
		Document first = Html.get(this.mvc, "/tags/alpha");
		assertThat(first.select(".article-list li")).hasSize(10);
		assertThat(first.select(".article-body").text()).isEqualTo("More about alpha [source 1].");
		// a tag's text cites like an article's: its sources are the works it cites
		assertThat(first.select("ol.sources > li .source-title").eachText()).containsExactly("Leg cramps");
		assertThat(first.select(".article-body .cite a").attr("href")).isEqualTo("#source-1");
		assertThat(first.select("link[rel=next]").attr("href")).isEqualTo("/tags/alpha/page/2");
		Document second = Html.get(this.mvc, "/tags/alpha/page/2");
		assertThat(Html.texts(second, ".article-list h3")).containsExactly("Article 02", "Article 01");
		assertThat(second.select("link[rel=prev]").attr("href")).isEqualTo("/tags/alpha");
		assertThat(this.mvc.get().uri("/tags/alpha/page/1")).hasStatus(301).hasRedirectedUrl("/tags/alpha");
		assertThat(this.mvc.get().uri("/tags/alpha/page/3")).hasStatus(404);
	}

	@Test
	void aTagWithoutArticlesStillHasItsPage() {
		Document page = Html.get(this.mvc, "/tags/unused");
		assertThat(page.select(".article-list li")).isEmpty();
	}

}
