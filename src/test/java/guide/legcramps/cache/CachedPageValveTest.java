package guide.legcramps.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.FixtureSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page the cache holds, answered by {@link CachedPageValve} before the servlet filters: with the
 * security headers, counted under its route and status and as one cache hit (no miss), and a query
 * the security filter would refuse still gets its 400 rather than the kept page.
 */
@FixtureSiteTest
class CachedPageValveTest {

	static final String PAGE = "/tags/beta";

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aKeptPageIsAnsweredWithTheSecurityHeadersAndCountedOnceAsAHit() throws Exception {
		double before = requests("200");
		assertThat(get(PAGE, null).statusCode()).isEqualTo(200);
		awaitRequests("200", before + 1);
		double served = requests("200");
		double notModified = requests("304");
		double hits = gets("hit");
		double misses = gets("miss");

		HttpResponse<String> page = get(PAGE, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		String etag = page.headers().firstValue("ETag").orElseThrow();
		assertThat(get(PAGE, etag).statusCode()).isEqualTo(304);

		awaitRequests("200", served + 1);
		awaitRequests("304", notModified + 1);
		Thread.sleep(200);   // nothing more arrives
		assertThat(requests("200") - served).isEqualTo(1);
		assertThat(requests("304") - notModified).isEqualTo(1);
		assertThat(gets("hit") - hits).isEqualTo(2);
		assertThat(gets("miss") - misses).isZero();
	}

	@Test
	void aQueryGoesThroughTheSecurityFilterFirst() throws Exception {
		assertThat(get(PAGE, null).statusCode()).isEqualTo(200);
		assertThat(get(PAGE + "?q=%e0%80%af", null).statusCode()).as("an overlong escape").isEqualTo(400);
		assertThat(get(PAGE + "?" + "p=1&".repeat(1200), null).statusCode()).as("more parameters than Tomcat takes")
			.isEqualTo(400);
		HttpResponse<String> tagged = get(PAGE + "?utm_source=feed", null);
		assertThat(tagged.statusCode()).isEqualTo(200);
		assertThat(tagged.body()).isEqualTo(get(PAGE, null).body());
	}

	private HttpResponse<String> get(String target, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + target));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A request is counted once its answer has been written, so the client can have read the answer
	 * a moment before the count is there.
	 */
	private void awaitRequests(String status, double count) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (requests(status) < count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

	private double requests(String status) {
		Counter counter = this.registry.find("site.requests").tags("route", "/tags/{slug}", "status", status).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double gets(String result) {
		FunctionCounter counter = this.registry.find("cache.gets")
			.tags("cache", "pages", "result", result)
			.functionCounter();
		return (counter != null) ? counter.count() : 0;
	}

}
