package guide.legcramps.seo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.FixtureContent;
import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;

import static guide.legcramps.FixtureContent.BASE_URL;
import static org.assertj.core.api.Assertions.assertThat;

/** Open Graph and Twitter card tags: what a shared link shows, the same as the page's own head says. */
@FixtureSiteTest
class SocialTagsTest {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "/, website, Leg cramps explained", "/articles/a01, article, Article 01",
			"/articles/side-story, article, Side story", "/topics, website, Topics", "/topics/hub, website, Hub topic",
			"/topics/hub/page/2, website, Hub topic (page 2)", "/tags, website, Tags", "/tags/beta, website, Beta",
			"/authors/solo, website, Solo writer", "/about, website, About the fixtures" })
	void everyPageDescribesItselfToSocialSites(String path, String type, String title) {
		Document page = Html.get(this.mvc, path);
		String description = page.select("meta[name=description]").attr("content");
		assertThat(description).isNotBlank();
		assertThat(page.title()).isEqualTo(title + " \u2013 Leg Cramps Guide");
		assertThat(property(page, "og:site_name")).isEqualTo("Leg Cramps Guide");
		assertThat(property(page, "og:type")).isEqualTo(type);
		assertThat(property(page, "og:title")).isEqualTo(title);
		assertThat(property(page, "og:description")).isEqualTo(description);
		assertThat(property(page, "og:url")).isEqualTo(BASE_URL + path)
			.isEqualTo(page.select("link[rel=canonical]").attr("href"));
		assertThat(name(page, "twitter:card")).isEqualTo("summary");
		assertThat(name(page, "twitter:title")).isEqualTo(title);
		assertThat(name(page, "twitter:description")).isEqualTo(description);
	}

	@Test
	void anErrorPageHasNoAddressToShare() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/articles/nothing")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("link[rel=canonical]")).isEmpty();
		assertThat(page.select("meta[property=og:url]")).isEmpty();
		assertThat(page.select("script[type=application/ld+json]")).isEmpty();
		assertThat(property(page, "og:title")).isEqualTo("Page not found");
		assertThat(property(page, "og:type")).isEqualTo("website");
		assertThat(name(page, "twitter:card")).isEqualTo("summary");
	}

	private static String property(Document page, String property) {
		assertThat(page.select("meta[property=" + property + "]")).as(property).hasSize(1);
		return page.select("meta[property=" + property + "]").attr("content");
	}

	private static String name(Document page, String name) {
		assertThat(page.select("meta[name=" + name + "]")).as(name).hasSize(1);
		return page.select("meta[name=" + name + "]").attr("content");
	}

}
