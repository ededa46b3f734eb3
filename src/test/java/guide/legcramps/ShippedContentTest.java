package guide.legcramps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import guide.legcramps.content.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped {@code content/} in strict mode, with the clock pinned so review dates passing
 * never breaks the build: it loads with no problem at all, and a crawl from the home page reaches
 * every file's page, every page answers 200 and every link (anchors included) resolves.
 */
@SpringBootTest(properties = { "site.strict=true", "site.content-dir=content" })
@AutoConfigureMockMvc
class ShippedContentTest {

	static final Instant PINNED = Instant.parse("2026-12-01T00:00:00Z");

	@TestConfiguration
	static class PinnedClock {

		@Bean
		@Primary
		Clock pinnedClock() {
			return Clock.fixed(PINNED, ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentLoader loader;

	@Test
	void loadsWithNoErrorsAndNoWarnings() {
		assertThat(this.loader.current().problems()).isEmpty();
		assertThat(this.loader.current().articles()).hasSize(count("articles"));
		assertThat(this.loader.current().tags()).hasSize(count("tags"));
		assertThat(this.loader.current().topics()).hasSize(count("topics"));
	}

	@Test
	void everyPageIsReachableFromHomeAndEveryLinkResolves() throws Exception {
		Map<String, Document> pages = new HashMap<>();
		Set<String> broken = new TreeSet<>();
		Deque<String> queue = new ArrayDeque<>(Set.of("/"));
		Set<String> seen = new TreeSet<>(Set.of("/"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			if (result.getResponse().getStatus() != 200) {
				broken.add(path + " -> " + result.getResponse().getStatus());
				continue;
			}
			if (!result.getResponse().getContentType().startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			pages.put(path, page);
			for (Element link : page.select("a[href], link[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//")) {
					String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
					if (seen.add(target)) {
						queue.add(target);
					}
				}
			}
		}
		assertThat(broken).isEmpty();
		for (Map.Entry<String, Document> entry : pages.entrySet()) {
			for (Element link : entry.getValue().select("a[href*=#]")) {
				String href = link.attr("href");
				String target = href.startsWith("#") ? entry.getKey() : href.substring(0, href.indexOf('#'));
				String id = href.substring(href.indexOf('#') + 1);
				assertThat(pages.get(target).getElementById(id)).as(entry.getKey() + " links to " + href).isNotNull();
			}
		}
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/articles/[a-z0-9-]+"))).hasSize(count("articles"));
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/topics/[a-z0-9-]+"))).hasSize(count("topics"));
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/tags/[a-z0-9-]+"))).hasSize(count("tags"));
		assertThat(pages.keySet().stream().filter((p) -> p.matches("/authors/[a-z0-9-]+"))).hasSize(count("authors"));
		assertThat(pages).containsKeys("/about", "/privacy", "/topics", "/tags");
		for (Document page : pages.values()) {
			assertThat(page.select("h1")).hasSize(1);
			assertThat(page.title()).endsWith(" \u2013 Leg Cramps Guide");
			// Nothing the Content-Security-Policy (default-src 'self', no unsafe-inline) would block.
			assertThat(page.select("script, style, [style], iframe, object, embed")).isEmpty();
			for (Element fetched : page.select("link[rel=stylesheet], link[rel=icon], img[src]")) {
				assertThat(fetched.hasAttr("href") ? fetched.attr("href") : fetched.attr("src")).as("same-site")
					.startsWith("/")
					.doesNotStartWith("//");
			}
		}
	}

	@Test
	void everyArticleIsListedOnItsTopicsPages() {
		for (guide.legcramps.topic.Topic topic : this.loader.current().topics()) {
			Set<String> listed = new TreeSet<>();
			String path = "/topics/" + topic.getSlug();
			while (path != null) {
				Document page = Html.get(this.mvc, path);
				listed.addAll(Html.attrs(page, ".article-list h3 a", "href"));
				String next = page.select("link[rel=next]").attr("href");
				path = next.isEmpty() ? null : next;
			}
			Set<String> expected = new TreeSet<>();
			this.loader.current()
				.articles()
				.stream()
				.filter((a) -> a.getTopic().slug().equals(topic.getSlug()))
				.forEach((a) -> expected.add("/articles/" + a.getSlug()));
			assertThat(listed).as(topic.getSlug()).isEqualTo(expected).hasSize(topic.getArticleCount());
		}
	}

	static int count(String folder) {
		try (Stream<Path> files = Files.list(Path.of("content", folder))) {
			return (int) files.filter((f) -> f.toString().endsWith(".md")).count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
