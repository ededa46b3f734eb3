package guide.legcramps.seo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import guide.legcramps.FixtureContent.Doc;
import guide.legcramps.FixtureContent;
import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;
import guide.legcramps.article.ArticleQueries;
import guide.legcramps.article.FullArticle;

import static guide.legcramps.FixtureContent.BASE_URL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds: valid against RFC 4287's RELAX NG schema (checked by Jing, not read back by the
 * library that wrote them), and listing exactly the articles the fixture files say they should,
 * each entry saying what its file and its page say.
 */
@FixtureSiteTest
class AtomFeedsTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	/** Most recently published or reviewed first; a review is never before publication. */
	private static final Comparator<Doc> RECENT_FIRST = Comparator.<Doc, LocalDate>comparing((a) -> a.date("reviewed"))
		.thenComparing((a) -> a.date("published"))
		.reversed()
		.thenComparing((a) -> a.text("title"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleQueries articles;

	@Test
	void everyFeedIsValidAtom() throws Exception {
		for (String path : List.of("/feed.xml", "/topics/hub/feed.xml", "/topics/side/feed.xml")) {
			byte[] xml = fetch(path);
			assertThat(Schemas.atomErrors(xml)).as(path).isEmpty();
			// the schema's two Schematron rules, which RELAX NG validation does not apply
			for (Element entry : children(Schemas.parse(xml).getDocumentElement(), "entry")) {
				assertThat(children(entry, "author")).as(path + " entry author").isNotEmpty();
				assertThat(children(entry, "link").stream().anyMatch((l) -> l.getAttribute("rel").equals("alternate")))
					.isTrue();
			}
		}
	}

	@Test
	void theValidatorRejectsAFeedThatBreaksTheSchema() throws Exception {
		String noId = "<feed xmlns=\"" + ATOM + "\"><title>t</title><updated>2026-01-01T00:00:00Z</updated></feed>";
		assertThat(Schemas.atomErrors(noId.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
		String badDate = "<feed xmlns=\"" + ATOM + "\"><id>x</id><title>t</title><updated>2026-01-01</updated></feed>";
		assertThat(Schemas.atomErrors(badDate.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
	}

	@Test
	void siteFeedHasTheMostRecentlyPublishedOrReviewedArticlesNewestFirst() throws Exception {
		List<Doc> expected = recent((a) -> true);
		Element feed = Schemas.parse(fetch("/feed.xml")).getDocumentElement();
		assertThat(text(feed, "id")).isEqualTo(BASE_URL + "/feed.xml");
		assertThat(link(feed, "self")).isEqualTo(BASE_URL + "/feed.xml");
		assertThat(link(feed, "alternate")).isEqualTo(BASE_URL + "/");
		assertThat(text(feed, "updated")).isEqualTo(instant(expected.get(0).date("reviewed")));
		assertEntries(feed, expected);
	}

	@Test
	void topicFeedsHaveOnlyTheirTopicsArticles() throws Exception {
		for (Doc topic : FixtureContent.read("topics").values()) {
			String path = "/topics/" + topic.slug() + "/feed.xml";
			Element feed = Schemas.parse(fetch(path)).getDocumentElement();
			assertThat(text(feed, "id")).isEqualTo(BASE_URL + path);
			assertThat(text(feed, "title")).isEqualTo(topic.text("title") + " \u2013 Leg Cramps Guide");
			assertThat(text(feed, "subtitle")).isEqualTo(topic.text("summary"));
			assertThat(link(feed, "alternate")).isEqualTo(BASE_URL + "/topics/" + topic.slug());
			assertEntries(feed, recent((a) -> a.text("topic").equals(topic.slug())));
		}
		assertThat(this.mvc.get().uri("/topics/nowhere/feed.xml")).hasStatus(404);
	}

	@Test
	void feedsStopAtTwentyOfTheMostRecent() {
		assertThat(AtomFeeds.SIZE).isEqualTo(20);
		// the fixture site has only 13 articles, so the cut is shown on a smaller count
		assertThat(this.articles.recentlyReviewed(5)).extracting(FullArticle::url)
			.containsExactlyElementsOf(recent((a) -> true).stream().limit(5).map((a) -> "/articles/" + a.slug()).toList());
	}

	@Test
	void homeAndTopicPagesAdvertiseTheirFeed() {
		org.jsoup.nodes.Document home = Html.get(this.mvc, "/");
		assertThat(home.select("head link[rel=alternate][type=application/atom+xml]")).hasSize(1);
		assertThat(home.select("head link[rel=alternate]").attr("href")).isEqualTo(BASE_URL + "/feed.xml");
		assertThat(home.select("head link[rel=alternate]").attr("title")).isEqualTo("Leg Cramps Guide: latest articles");
		for (String path : List.of("/topics/hub", "/topics/hub/page/2")) {
			org.jsoup.nodes.Document topic = Html.get(this.mvc, path);
			assertThat(topic.select("head link[rel=alternate][type=application/atom+xml]")).hasSize(1);
			assertThat(topic.select("head link[rel=alternate]").attr("href")).isEqualTo(BASE_URL + "/topics/hub/feed.xml");
			assertThat(topic.select("head link[rel=alternate]").attr("title")).isEqualTo("Hub topic \u2013 Leg Cramps Guide");
		}
		assertThat(Html.get(this.mvc, "/articles/a01").select("link[rel=alternate]")).isEmpty();
	}

	/** Each entry, in order, says what its article's file and page say. */
	private void assertEntries(Element feed, List<Doc> expected) {
		List<Element> entries = children(feed, "entry");
		assertThat(entries).extracting((e) -> text(e, "id"))
			.containsExactlyElementsOf(expected.stream().map((a) -> BASE_URL + "/articles/" + a.slug()).toList());
		for (int i = 0; i < entries.size(); i++) {
			Element entry = entries.get(i);
			Doc article = expected.get(i);
			String url = BASE_URL + "/articles/" + article.slug();
			Doc author = FixtureContent.doc("authors", article.text("author"));
			assertThat(text(entry, "title")).isEqualTo(article.text("title"));
			assertThat(link(entry, "alternate")).isEqualTo(url);
			assertThat(text(entry, "updated")).isEqualTo(instant(article.date("reviewed")));
			assertThat(text(entry, "published")).isEqualTo(instant(article.date("published")));
			Element by = children(entry, "author").get(0);
			assertThat(text(by, "name")).isEqualTo(author.text("name"));
			assertThat(text(by, "uri")).isEqualTo(BASE_URL + "/authors/" + author.slug());
			assertThat(children(entry, "summary").get(0).getAttribute("type")).isEqualTo("text");
			assertThat(text(entry, "summary")).isEqualTo(article.text("summary"));

			// the whole rendered article, as its page shows it, with every link absolute
			Element content = children(entry, "content").get(0);
			assertThat(content.getAttribute("type")).isEqualTo("html");
			org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(content.getTextContent());
			org.jsoup.nodes.Document page = Html.get(this.mvc, "/articles/" + article.slug());
			assertThat(html.body().text()).isEqualTo(page.select(".article-body").text());
			assertThat(Html.attrs(html, "a[href]", "href")).allMatch((href) -> href.startsWith("https://"));
			assertThat(Html.attrs(html, "a[href]", "href")).hasSameSizeAs(Html.attrs(page, ".article-body a[href]", "href"));
		}
	}

	private static List<Doc> recent(Predicate<Doc> filter) {
		return FixtureContent.publicArticles().stream().filter(filter).sorted(RECENT_FIRST).limit(20).toList();
	}

	/** A content date as the feed gives it: the start of the day in the site's zone (UTC here). */
	private static String instant(LocalDate date) {
		return date + "T00:00:00Z";
	}

	private byte[] fetch(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		return result.getResponse().getContentAsByteArray();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element child && ATOM.equals(child.getNamespaceURI())
					&& child.getLocalName().equals(name)) {
				children.add(child);
			}
		}
		return children;
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(name).hasSize(1);
		return found.get(0).getTextContent();
	}

	private static String link(Element parent, String rel) {
		return children(parent, "link").stream()
			.filter((l) -> l.getAttribute("rel").equals(rel))
			.map((l) -> l.getAttribute("href"))
			.findFirst()
			.orElse(null);
	}

}
