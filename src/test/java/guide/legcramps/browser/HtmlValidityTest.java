package guide.legcramps.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.ShippedSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page type, as served over a real socket, passes the Nu Html Checker with zero errors. */
@ShippedSiteTest
class HtmlValidityTest {

	@LocalServerPort
	int port;

	@Test
	void everyPageTypeIsValidHtml() throws Exception {
		NuChecker checker = new NuChecker();
		HttpClient client = HttpClient.newHttpClient();
		List<String> checked = new ArrayList<>();
		List<Page> pages = new ArrayList<>();
		for (PageTypes.PageType type : PageTypes.ALL) {
			HttpResponse<byte[]> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + type.path())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(type.path()).isEqualTo(type.status());
			pages.add(new Page(type.path(), response.body()));
		}
		HttpResponse<byte[]> notAllowed = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/about"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(notAllowed.statusCode()).isEqualTo(405);
		pages.add(new Page("POST /about", notAllowed.body()));
		for (Page page : pages) {
			assertThat(checker.errors(page.body())).as(page.path() + "\n" + checker.report(page.body())).isEmpty();
			checked.add(page.path());
		}
		assertThat(checked).hasSize(PageTypes.ALL.size() + 1);
	}

	private record Page(String path, byte[] body) {
	}

}
