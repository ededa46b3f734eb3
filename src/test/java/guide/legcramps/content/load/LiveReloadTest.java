package guide.legcramps.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import guide.legcramps.FixtureCopy;
import guide.legcramps.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a copy of the fixture site while the application runs with {@code site.watch=true}:
 * changes go live without a restart, readers never see an error or a half-switched site, a broken
 * edit keeps the last good page, and scheduled articles appear when their day starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.watch=true", "site.publish-check-ms=3600000",
				"spring.jpa.properties.hibernate.generate_statistics=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveReloadTest {

	static final Path DIR = FixtureCopy.of("live-reload");

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", DIR::toString);
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return CLOCK;
		}

	}

	@AfterAll
	static void deleteCopy() throws IOException {
		FileSystemUtils.deleteRecursively(DIR);
	}

	@LocalServerPort
	int port;

	@Autowired
	ContentLoader loader;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private final java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

	@Test
	@Order(1)
	void anEditGoesLiveWithoutARestart() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(searchResults("edited")).isEmpty();
		edit("articles/a02.md", "title: \"Article 02\"", "title: \"Article 02, edited\"");
		assertThat(eventually(() -> page("/articles/a02").select("h1").text())).isEqualTo("Article 02, edited");
		// search switched with the pages: the new words find the article as soon as it shows them
		assertThat(searchResults("edited")).containsExactly("/articles/a02");
		// only the edited article and those whose related lists show its title are written again
		long related = this.loader.current().articles().stream()
			.filter((a) -> a.getRelated().stream().anyMatch((r) -> r.slug().equals("a02")))
			.count();
		assertThat(statistics.getEntityInsertCount()).isEqualTo(1 + related).isLessThan(this.loader.current().articles().size());
		assertThat(page("/topics/hub/page/2").select(".article-list h3").text()).contains("Article 02, edited");
	}

	@Test
	@Order(2)
	void aBrokenEditKeepsTheLastGoodPageAndIsReported() throws Exception {
		edit("articles/a03.md", "title: \"Article 03\"", "title: \"Article 03, broken");
		String problem = eventually(() -> page("/_content/problems").select("li code").text());
		assertThat(problem).contains("articles/a03.md:3:11: error: invalid YAML")
			.contains("articles/a03.md:1:1: warning: the site keeps serving the last good version");
		assertThat(get("/articles/a03").statusCode()).isEqualTo(200);
		assertThat(page("/articles/a03").select("h1").text()).isEqualTo("Article 03");
		edit("articles/a03.md", "title: \"Article 03, broken", "title: \"Article 03, fixed\"");
		assertThat(eventually(() -> page("/articles/a03").select("h1").text())).isEqualTo("Article 03, fixed");
		assertThat(page("/_content/problems").select(".lead").text()).isEqualTo("0 errors, 0 warnings");
	}

	@Test
	@Order(3)
	void aDeletedArticleIsGoneOrAnsweredByTheArticleThatTookItsAddress() throws Exception {
		assertThat(searchResults("05")).containsExactly("/articles/a05");
		Files.delete(DIR.resolve("articles/a05.md"));
		Files.delete(DIR.resolve("articles/a06.md"));
		edit("articles/a04.md", "topic: hub\n", "topic: hub\naliases: [/articles/a06]\n");
		assertThat(eventually(() -> String.valueOf(get("/articles/a05").statusCode()))).isEqualTo("404");
		java.net.http.HttpResponse<String> moved = get("/articles/a06");
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location")).hasValue("/articles/a04");
		assertThat(searchResults("05")).isEmpty();
		Document alpha = page("/tags/alpha");
		assertThat(alpha.select(".article-list li")).hasSize(10);
		assertThat(alpha.select("nav.pagination")).isEmpty();
	}

	@Test
	@Order(4)
	void readersSeeTheOldSetOrTheNewNeverAMixAndNeverAnError() throws Exception {
		// Each round rewrites one article: its title says whether it carries the tag gamma. The title
		// (article row) and the tags (another table) are read by separate statements, so a reader
		// that saw half a switch would see a title and tags that disagree.
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger responses = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		List<Thread> readers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Thread reader = new Thread(() -> {
				while (running.get()) {
					try {
						java.net.http.HttpResponse<String> response = get("/articles/a12");
						responses.incrementAndGet();
						if (response.statusCode() != 200) {
							failures.add("status " + response.statusCode());
							continue;
						}
						Document page = Jsoup.parse(response.body());
						String title = page.select("h1").text();
						boolean tagged = page.select("section[aria-labelledby=tags-heading] a").text().contains("Gamma");
						if (title.endsWith("with gamma") != tagged) {
							failures.add("mixed: '" + title + "' with gamma " + tagged);
						}
					}
					catch (Exception ex) {
						failures.add(ex.toString());
					}
				}
			});
			reader.start();
			readers.add(reader);
		}
		// search switches with the pages: what a search shows of the article, the article page
		// read after it shows too, or something newer
		AtomicInteger searches = new AtomicInteger();
		for (int i = 0; i < 2; i++) {
			Thread searcher = new Thread(() -> {
				while (running.get()) {
					try {
						Document results = page("/search?q=round");
						int found = round(results.select(".search-results h2 a[href=/articles/a12]").text());
						int shown = round(page("/articles/a12").select("h1").text());
						searches.incrementAndGet();
						if (shown < found) {
							failures.add("searched round " + found + ", then read round " + shown);
						}
					}
					catch (Exception | AssertionError ex) {
						failures.add(ex.toString());
					}
				}
			});
			searcher.start();
			readers.add(searcher);
		}
		String original = Files.readString(DIR.resolve("articles/a12.md"));
		for (int round = 1; round <= 8; round++) {
			boolean gamma = round % 2 == 1;
			Files.writeString(DIR.resolve("articles/a12.md"),
					original
						.replace("title: \"Article 12\"",
								"title: \"Article 12 round " + round + (gamma ? " with gamma" : " without") + "\"")
						.replace("tags: [alpha]", gamma ? "tags: [alpha, gamma]" : "tags: [alpha]"));
			this.loader.reload();
		}
		running.set(false);
		for (Thread reader : readers) {
			reader.join();
		}
		assertThat(failures).isEmpty();
		assertThat(responses.get()).isGreaterThan(20);
		assertThat(searches.get()).isGreaterThan(5);
		assertThat(page("/articles/a12").select("h1").text()).isEqualTo("Article 12 round 8 without");
	}

	@Test
	@Order(5)
	void aScheduledArticleAppearsEverywhereWhenItsDayStarts() throws Exception {
		String a01 = Files.readString(DIR.resolve("articles/a01.md"));
		Files.writeString(DIR.resolve("articles/future.md"),
				a01.replace("title: \"Article 01\"", "title: \"Future article\"")
					.replace("published: 2026-01-01", "published: 2026-06-02")
					.replace("reviewed: 2026-02-01", "reviewed: 2026-06-02")
					.replace("next_review: 2027-01-15", "next_review: 2027-06-02")
					.replace("related: [a07]\n", ""));
		Files.writeString(DIR.resolve("articles/secret.md"), a01.replace("title: \"Article 01\"", "title: \"Secret draft\"")
			.replace("related: [a07]\n", "draft: true\n"));
		// the fixture site already has one article scheduled for 2099
		eventually(() -> String.valueOf(this.loader.current().scheduled()), "2");
		assertThat(get("/articles/future").statusCode()).isEqualTo(404);
		assertThat(get("/articles/secret").statusCode()).isEqualTo(404);
		assertThat(searchResults("future")).doesNotContain("/articles/future");
		assertThat(searchResults("secret")).isEmpty();
		String gammaBefore = page("/tags").select("main h2").text();
		assertThat(gammaBefore).contains("Gamma (2 articles)");
		// these pages are now in the page cache: publishing must drop them
		assertThat(page("/").select("section[aria-labelledby=latest-heading] h3").text()).doesNotContain("Future article");
		assertThat(page("/articles/a01").select("ul.related a").text()).doesNotContain("Future article");

		CLOCK.advance(Duration.ofHours(13).plusMinutes(59));
		this.loader.publishDue();
		assertThat(this.loader.current().scheduled()).as("23:59 the day before").isEqualTo(2);
		CLOCK.advance(Duration.ofMinutes(1));
		this.loader.publishDue();
		assertThat(this.loader.current().scheduled()).isEqualTo(1);
		assertThat(page("/articles/future").select("h1").text()).isEqualTo("Future article");
		assertThat(page("/").select("section[aria-labelledby=latest-heading] h3").first().text()).isEqualTo("Future article");
		assertThat(page("/tags").select("main h2").text()).contains("Gamma (3 articles)");
		assertThat(page("/articles/a01").select("ul.related a").text()).contains("Future article");
		assertThat(get("/articles/secret").statusCode()).isEqualTo(404);
		assertThat(page("/tags/gamma").select(".article-list h3").text()).doesNotContain("Secret draft");
		assertThat(searchResults("future")).first().isEqualTo("/articles/future");
		assertThat(searchResults("secret")).isEmpty();
	}

	@Test
	@Order(6)
	void aNewArticleIsFoundAtOnceAndOneMadeADraftIsNot() throws Exception {
		String a01 = Files.readString(DIR.resolve("articles/a01.md"));
		assertThat(searchResults("zanzibar")).isEmpty();
		Files.writeString(DIR.resolve("articles/fresh.md"), a01.replace("title: \"Article 01\"", "title: \"Fresh article\"")
			.replace("related: [a07]\n", "")
			.replace("## Second part", "Zanzibar is a word no other page has.\n\n## Second part"));
		eventually(() -> String.valueOf(get("/articles/fresh").statusCode()), "200");
		assertThat(searchResults("zanzibar")).containsExactly("/articles/fresh");
		edit("articles/fresh.md", "topic: hub\n", "topic: hub\ndraft: true\n");
		eventually(() -> String.valueOf(get("/articles/fresh").statusCode()), "404");
		assertThat(searchResults("zanzibar")).isEmpty();
		assertThat(page("/search?q=zanzibar").select(".suggestion")).isEmpty();
	}

	/** The round number in a title "Article 12 round N ...", or 0 when it has none. */
	private static int round(String title) {
		java.util.regex.Matcher round = java.util.regex.Pattern.compile("round (\\d+)").matcher(title);
		return round.find() ? Integer.parseInt(round.group(1)) : 0;
	}

	/** The addresses on the first page of results for {@code query}. */
	private List<String> searchResults(String query) throws IOException, InterruptedException {
		return page("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
			.select(".search-results h2 a")
			.eachAttr("href");
	}

	private static void edit(String file, String from, String to) throws IOException {
		Path path = DIR.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

	private java.net.http.HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	private Document page(String path) throws IOException, InterruptedException {
		java.net.http.HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** Polls until the value changes to what the edit should give, for up to 10 seconds. */
	private static String eventually(Callable value) throws Exception {
		String last = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String first = value.call();
		while (System.nanoTime() < deadline) {
			last = value.call();
			if (!last.equals(first)) {
				Thread.sleep(200);
				return value.call();
			}
			Thread.sleep(50);
		}
		return last;
	}

	private static void eventually(Callable value, String expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!value.call().equals(expected) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(value.call()).isEqualTo(expected);
	}

	@FunctionalInterface
	interface Callable {

		String call() throws Exception;

	}

}
