package guide.legcramps.server;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real failure behind a page: the store loses a table (as a database can fail under a running
 * site), the query of an article page not yet in the page cache throws, and the reader gets the
 * site's 500 page in its layout, with the security headers and nothing of the exception. Its own context, thrown away afterwards;
 * the base URL is http, so no HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.content-dir=src/test/resources/fixtures/site")
@DirtiesContext
class ServerErrorPageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFailingQueryGivesTheSitesServerErrorPage() {
		assertThat(RawHttp.get(this.port, "/articles/a01").status()).isEqualTo(200);
		this.jdbc.execute("DROP TABLE article_tag");

		RawHttp.Response response = RawHttp.get(this.port, "/articles/a02");

		assertThat(response.status()).isEqualTo(500);
		Document page = Jsoup.parse(response.text());
		assertThat(page.title()).isEqualTo("Something went wrong \u2013 Leg Cramps Guide");
		assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
		assertThat(page.select("header.site-header")).as("the site's layout").hasSize(1);
		assertThat(page.select("p.meta").text()).isEqualTo("Error 500");
		assertThat(response.text()).doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("sql")
			.doesNotContainIgnoringCase("article_tag")
			.doesNotContain("org.", "java.", "jakarta.", "guide.legcramps")
			.doesNotContainPattern("at [\\w.$]+\\(");
		assertThat(response.header("Content-Security-Policy")).isPresent();
		assertThat(response.header("Strict-Transport-Security")).isEmpty();
		assertThat(RawHttp.get(this.port, "/").status()).as("the rest of the site still answers").isEqualTo(200);
		assertThat(RawHttp.get(this.port, "/articles/a01").status()).as("a page made before the failure, from the cache")
			.isEqualTo(200);
	}

}
