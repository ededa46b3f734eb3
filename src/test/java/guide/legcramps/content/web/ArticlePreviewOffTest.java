package guide.legcramps.content.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.FixtureSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code site.preview} (the default), even from this machine, a draft has no address at all. */
@FixtureSiteTest
class ArticlePreviewOffTest {

	@LocalServerPort
	int port;

	@Test
	void thePreviewAndTheProblemsPageAreTheSites404() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String path : new String[] { "/_content/preview/articles/draft-note",
				"/_content/preview/articles/coming-soon", "/_content/problems" }) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Draft note", "Coming soon");
		}
	}

}
