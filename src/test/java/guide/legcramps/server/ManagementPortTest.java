package guide.legcramps.server;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.FixtureContent;
import guide.legcramps.content.load.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with the actuator on a management port of its own, bound to loopback, as the
 * README shows it: Prometheus metrics there and only there, health and the probes where the
 * traffic goes, and metrics that count what was really served, with a route label that stays
 * bounded however many addresses a scanner tries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.content-dir=src/test/resources/fixtures/site", "management.server.port=0",
				"management.server.address=127.0.0.1" })
class ManagementPortTest {

	/** One sample line of the Prometheus text format: name, labels, value. */
	static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][\\w:]*)(?:\\{(.*)})? (\\S+)$", Pattern.MULTILINE);

	static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ContentLoader loader;

	@Test
	void prometheusIsServedOnTheManagementPortAndNowhereElse() {
		RawHttp.Response metrics = RawHttp.get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(RawHttp.get(this.managementPort, "/actuator/health").status()).isEqualTo(200);
		assertThat(RawHttp.get(this.managementPort, "/actuator/health/readiness").status()).isEqualTo(200);
		RawHttp.Response publicMetrics = RawHttp.get(this.port, "/actuator/prometheus");
		assertThat(publicMetrics.status()).isEqualTo(404);
		assertThat(Jsoup.parse(publicMetrics.text()).select("h1").text()).isEqualTo("Page not found");
		assertThat(RawHttp.get(this.port, "/actuator/health").status()).as("health moved with the actuator")
			.isEqualTo(404);
		for (String probe : List.of("/livez", "/readyz")) {
			RawHttp.Response response = RawHttp.get(this.port, probe);
			assertThat(response.status()).as(probe + " stays where the traffic goes").isEqualTo(200);
			assertThat(response.text()).isEqualTo("{\"status\":\"UP\"}");
		}
		assertThat(RawHttp.get(this.managementPort, "/actuator/env").status()).as("nothing else exposed").isEqualTo(404);
	}

	@Test
	void requestsAreCountedByRouteAndStatusAndCachedPagesByHitAndMiss() {
		Map<String, Double> before = scrape();
		assertThat(RawHttp.get(this.port, "/tags/beta").status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, "/tags/beta").status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, "/tags/nowhere").status()).isEqualTo(404);
		assertThat(RawHttp.get(this.port, "/articles/b*;@-82%&c").status()).isEqualTo(400);
		assertThat(RawHttp.get(this.port, "/articles/a%2fb").status()).as("refused by Tomcat").isEqualTo(400);
		assertThat(RawHttp.send(this.port, RawHttp.request("DELETE", "/tags/beta")).orElseThrow().status())
			.isEqualTo(405);
		assertThat(RawHttp.get(this.port, "/wp-login.php").status()).isEqualTo(404);
		assertThat(RawHttp.get(this.port, "/css/site.css").status()).isEqualTo(200);
		Map<String, Double> after = scrape();

		assertThat(delta(before, after, "site_requests_total{route=\"/tags/{slug}\",status=\"200\"}")).isEqualTo(2);
		assertThat(delta(before, after, "site_requests_total{route=\"/tags/{slug}\",status=\"404\"}")).isEqualTo(1);
		assertThat(delta(before, after, "site_requests_total{route=\"rejected\",status=\"400\"}")).isEqualTo(2);
		assertThat(delta(before, after, "site_requests_total{route=\"rejected\",status=\"405\"}")).isEqualTo(1);
		assertThat(delta(before, after, "site_requests_total{route=\"unmatched\",status=\"404\"}")).isEqualTo(1);
		assertThat(delta(before, after, "site_requests_total{route=\"static\",status=\"200\"}")).isEqualTo(1);
		// the first /tags/beta was made and kept, the second served from the cache
		assertThat(delta(before, after, "cache_gets_total{cache=\"pages\",result=\"hit\"}")).isEqualTo(1);
		assertThat(delta(before, after, "cache_gets_total{cache=\"pages\",result=\"miss\"}")).isEqualTo(4);
		assertThat(after).containsKey("cache_evictions_total{cache=\"pages\"}");
		assertThat(after.get("cache_weight_bytes{cache=\"pages\"}")).isGreaterThan(after.get("cache_size{cache=\"pages\"}"))
			.isGreaterThan(0);
		assertThat(after).as("no timer per request").doesNotContainKey("http_server_requests_seconds_count");
	}

	@Test
	void searchesAreCountedByWhatTheReaderGot() {
		Map<String, Double> before = scrape();
		assertThat(RawHttp.get(this.port, "/search?q=alpha").status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, "/search?q=alpha").status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, "/search?q=xqzvbnw").status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, "/search").status()).as("no query, no search").isEqualTo(200);
		Map<String, Double> after = scrape();

		assertThat(delta(before, after, "site_search_seconds_count{guidance=\"none\",outcome=\"found\"}")).isEqualTo(2);
		assertThat(delta(before, after, "site_search_seconds_count{guidance=\"none\",outcome=\"nothing\"}")).isEqualTo(1);
		assertThat(delta(before, after, "site_requests_total{route=\"/search\",status=\"200\"}")).isEqualTo(4);
		assertThat(delta(before, after, "cache_gets_total{cache=\"pages\",result=\"hit\"}")).as("never cached")
			.isZero();
	}

	@Test
	void theRouteLabelStaysBoundedWhateverAddressesAreTried() {
		Random random = new Random(18);
		Set<String> tried = new TreeSet<>();
		for (int i = 0; i < 200; i++) {
			String path = pick(random, "/articles/", "/tags/", "/topics/hub/page/", "/", "/css/", "/actuator/")
					+ Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
			tried.add(path);
			assertThat(RawHttp.get(this.port, path).status()).isLessThan(500);
		}
		Set<String> routes = new TreeSet<>();
		scrape().keySet().stream().filter((series) -> series.startsWith("site_requests_total{")).forEach((series) -> {
			Matcher label = LABEL.matcher(series);
			while (label.find()) {
				if (label.group(1).equals("route")) {
					routes.add(label.group(2));
				}
			}
		});
		assertThat(routes).isNotEmpty().allSatisfy((route) -> assertThat(route).matches("/[\\w/{}.*-]*|[a-z]+"));
		assertThat(routes).doesNotContainAnyElementsOf(tried).hasSizeLessThan(40);
	}

	@Test
	void theContentLoadIsDescribedByStageProblemsArticlesAndWhenItLastLoadedClean() {
		Map<String, Double> metrics = scrape();
		for (String stage : List.of("read", "render", "check", "link", "store", "total")) {
			assertThat(metrics.get("site_content_load_seconds_count{stage=\"" + stage + "\"}")).as(stage)
				.isGreaterThanOrEqualTo(1);
		}
		assertThat(metrics.get("site_content_articles{state=\"public\"}"))
			.isEqualTo(FixtureContent.publicArticles().size());
		assertThat(metrics.get("site_content_articles{state=\"draft\"}")).isEqualTo(1);
		assertThat(metrics.get("site_content_articles{state=\"scheduled\"}")).isEqualTo(1);
		long errors = this.loader.current().errorCount();
		assertThat(metrics.get("site_content_problems{severity=\"error\"}")).isEqualTo(errors);
		assertThat(metrics.get("site_content_problems{severity=\"warning\"}"))
			.isEqualTo(this.loader.current().warningCount());
		assertThat(metrics.get("site_content_loads_total{result=\"" + (errors == 0 ? "clean" : "errors") + "\"}"))
			.isGreaterThanOrEqualTo(1);
		double lastClean = metrics.get("site_content_last_clean_load_timestamp_seconds");
		assertThat(lastClean).isBetween(System.currentTimeMillis() / 1000.0 - 3600, System.currentTimeMillis() / 1000.0);
	}

	/** Every sample of the scrape, by its name and labels as written. */
	private Map<String, Double> scrape() {
		RawHttp.Response response = RawHttp.get(this.managementPort, "/actuator/prometheus");
		assertThat(response.status()).isEqualTo(200);
		Map<String, Double> samples = new TreeMap<>();
		Matcher sample = SAMPLE.matcher(response.text());
		while (sample.find()) {
			String labels = (sample.group(2) != null) ? "{" + sample.group(2).replaceAll(",$", "") + "}" : "";
			samples.put(sample.group(1) + labels, Double.parseDouble(sample.group(3)));
		}
		return samples;
	}

	private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
		assertThat(after).as(series).containsKey(series);
		return after.get(series) - before.getOrDefault(series, 0.0);
	}

	private static String pick(Random random, String... choices) {
		return choices[random.nextInt(choices.length)];
	}

}
