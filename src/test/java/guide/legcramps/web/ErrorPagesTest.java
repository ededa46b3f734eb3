package guide.legcramps.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.FixtureSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors over a real socket, so the container's error dispatch renders the site's own page. */
@FixtureSiteTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	private HttpResponse<String> send(String method, String path) throws Exception {
		return send(method, path, "text/html");
	}

	private HttpResponse<String> send(String method, String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/articles/no-such-article", "/topics/nowhere", "/tags/nowhere", "/authors/nobody",
			"/no-such-page", "/topics/hub/page/0", "/topics/hub/page/-1", "/topics/hub/page/abc",
			"/topics/hub/page/1e9", "/topics/hub/page/3", "/topics/hub/page/99999999999", "/tags/alpha/page/007",
			"/topics/side/page/2", "/authors/team/page/5", "/actuator/env", "/actuator/beans", "/h2-console",
			"/articles/a01/extra", "/_content/problems", "/articles/draft-note", "/articles/coming-soon",
			"/old/seventh/more" })
	void unknownAddressesGetTheSitesNotFoundPage(String path) throws Exception {
		HttpResponse<String> response = send("GET", path);
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("Page not found \u2013 Leg Cramps Guide");
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("main a")).extracting((a) -> a.attr("href")).contains("/", "/topics");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
		assertNoInternals(response.body());
	}

	@Test
	void oldAddressesInAliasesRedirectPermanentlyToTheArticle() throws Exception {
		for (String alias : new String[] { "/articles/old-seven", "/old/seventh", "/old/seventh/" }) {
			for (String method : new String[] { "GET", "HEAD" }) {
				HttpResponse<String> response = send(method, alias);
				assertThat(response.statusCode()).as(method + " " + alias).isEqualTo(301);
				assertThat(response.headers().firstValue("Location")).hasValue("/articles/a07");
			}
		}
	}

	@Test
	void pagesOnlyAnswerReading() throws Exception {
		HttpResponse<String> response = send("POST", "/articles/a01");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Method not allowed");
		assertNoInternals(response.body());
		assertThat(send("HEAD", "/articles/a01").statusCode()).isEqualTo(200);
	}

	@Test
	void healthIsTheOnlyActuatorEndpoint() throws Exception {
		HttpResponse<String> health = send("GET", "/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(send("GET", "/actuator").statusCode()).isEqualTo(404);
	}

	@Test
	void noServerHeaderIsSent() throws Exception {
		assertThat(send("GET", "/").headers().firstValue("Server")).isEmpty();
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "guide.legcramps", "org.springframework", "at java.", "Whitelabel");
	}

}
