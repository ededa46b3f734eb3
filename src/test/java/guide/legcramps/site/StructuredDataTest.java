package guide.legcramps.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.FixtureContent.Doc;
import guide.legcramps.FixtureContent;
import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;

import static guide.legcramps.FixtureContent.BASE_URL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD of every kind of page, checked value by value against the fixture files' own front
 * matter (read apart from the application) and against what the page visibly shows.
 */
@FixtureSiteTest
class StructuredDataTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StructuredData structuredData;

	@Test
	void everyArticleIsAMedicalWebPageThatSaysWhatItsFileAndItsPageSay() {
		List<Doc> articles = FixtureContent.publicArticles();
		assertThat(articles).hasSize(13);
		for (Doc article : articles) {
			String url = BASE_URL + "/articles/" + article.slug();
			Document page = Html.get(this.mvc, "/articles/" + article.slug());
			JsonNode ld = jsonLd(page);
			Doc topic = FixtureContent.doc("topics", article.text("topic"));
			Doc author = FixtureContent.doc("authors", article.text("author"));

			assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
			assertThat(ld.path("@type").asString()).isEqualTo("MedicalWebPage");
			assertThat(ld.path("headline").asString()).as(url)
				.isEqualTo(article.text("title"))
				.isEqualTo(page.select("h1").text());
			assertThat(ld.path("name").asString()).isEqualTo(article.text("title"));
			assertThat(ld.path("description").asString()).isEqualTo(article.text("summary"))
				.isEqualTo(page.select("meta[name=description]").attr("content"))
				.isEqualTo(page.select(".article-header .lead").text());
			assertThat(ld.path("url").asString()).isEqualTo(url)
				.isEqualTo(page.select("link[rel=canonical]").attr("href"));

			// the dates the page shows: "Published" in the byline, "Page last reviewed" below the text
			assertThat(ld.path("datePublished").asString()).isEqualTo(article.date("published").toString())
				.isEqualTo(page.select(".byline time").attr("datetime"));
			assertThat(ld.path("dateModified").asString()).isEqualTo(article.date("reviewed").toString())
				.isEqualTo(page.select(".review-dates time").first().attr("datetime"));
			assertThat(ld.path("lastReviewed").asString()).isEqualTo(article.date("reviewed").toString());

			JsonNode by = ld.path("author");
			assertThat(by.path("@type").asString()).isEqualTo("Organization");
			assertThat(by.path("name").asString()).isEqualTo(author.text("name"))
				.isEqualTo(page.select(".byline a").text());
			assertThat(by.path("url").asString()).isEqualTo(BASE_URL + "/authors/" + author.slug())
				.isEqualTo(BASE_URL + page.select(".byline a").attr("href"));
			assertPublisher(ld.path("publisher"));

			assertThat(ld.path("about").path("@type").asString()).isEqualTo("MedicalCondition");
			assertThat(ld.path("about").path("name").asString()).isEqualTo(topic.text("title"));
			assertThat(ld.path("medicalAudience").path("@type").asString()).isEqualTo("MedicalAudience");
			assertThat(ld.path("medicalAudience").path("audienceType").asString()).isEqualTo("Patient");

			assertCitations(ld, page, FixtureContent.cited("articles", article.slug()));
			assertThat(strings(ld.path("keywords")))
				.isEqualTo(article.list("tags").stream().map((t) -> FixtureContent.doc("tags", t).text("title")).toList())
				.isEqualTo(Html.texts(page, "section[aria-labelledby=tags-heading] li"));

			assertBreadcrumb(ld, page, List.of(BASE_URL + "/", BASE_URL + "/topics/" + topic.slug(), url));
			assertThat(Html.texts(page, "nav.breadcrumb li")).containsExactly("Home", topic.text("title"),
					article.text("title"));
		}
	}

	@Test
	void topicPagesAreCollectionsAboutTheirCondition() {
		for (Doc topic : FixtureContent.read("topics").values()) {
			String url = BASE_URL + "/topics/" + topic.slug();
			Document page = Html.get(this.mvc, "/topics/" + topic.slug());
			JsonNode ld = jsonLd(page);
			assertThat(ld.path("@type").asString()).isEqualTo("CollectionPage");
			assertThat(ld.path("name").asString()).isEqualTo(topic.text("title")).isEqualTo(page.select("h1").text());
			assertThat(ld.path("description").asString()).isEqualTo(topic.text("summary"));
			assertThat(ld.path("url").asString()).isEqualTo(url);
			assertThat(ld.path("about").path("@type").asString()).isEqualTo("MedicalCondition");
			assertThat(ld.path("about").path("name").asString()).isEqualTo(topic.text("title"));
			assertCitations(ld, page, FixtureContent.cited("topics", topic.slug()));
			assertBreadcrumb(ld, page, List.of(BASE_URL + "/", BASE_URL + "/topics", url));
		}
		// a later page of the list is its own page, named and addressed as the page shows
		Document second = Html.get(this.mvc, "/topics/hub/page/2");
		JsonNode ld = jsonLd(second);
		assertThat(ld.path("name").asString()).isEqualTo("Hub topic (page 2)").isEqualTo(second.select("h1").text());
		assertThat(ld.path("url").asString()).isEqualTo(BASE_URL + "/topics/hub/page/2")
			.isEqualTo(second.select("link[rel=canonical]").attr("href"));
		assertBreadcrumb(ld, second, List.of(BASE_URL + "/", BASE_URL + "/topics", BASE_URL + "/topics/hub/page/2"));
	}

	@Test
	void tagPagesAreCollections() {
		for (Doc tag : FixtureContent.read("tags").values()) {
			String url = BASE_URL + "/tags/" + tag.slug();
			Document page = Html.get(this.mvc, "/tags/" + tag.slug());
			JsonNode ld = jsonLd(page);
			assertThat(ld.path("@type").asString()).isEqualTo("CollectionPage");
			assertThat(ld.path("name").asString()).isEqualTo(tag.text("title")).isEqualTo(page.select("h1").text());
			assertThat(ld.path("description").asString()).isEqualTo(tag.text("summary"))
				.isEqualTo(page.select(".lead").text());
			assertThat(ld.path("url").asString()).isEqualTo(url);
			assertCitations(ld, page, FixtureContent.cited("tags", tag.slug()));
			assertBreadcrumb(ld, page, List.of(BASE_URL + "/", BASE_URL + "/tags", url));
		}
	}

	@Test
	void authorPagesAreProfilesOfTheirAuthor() {
		for (Doc author : FixtureContent.read("authors").values()) {
			String url = BASE_URL + "/authors/" + author.slug();
			Document page = Html.get(this.mvc, "/authors/" + author.slug());
			JsonNode ld = jsonLd(page);
			assertThat(ld.path("@type").asString()).isEqualTo("ProfilePage");
			assertThat(ld.path("name").asString()).isEqualTo(author.text("name")).isEqualTo(page.select("h1").text());
			assertThat(ld.path("url").asString()).isEqualTo(url);
			JsonNode entity = ld.path("mainEntity");
			assertThat(entity.path("@type").asString()).isEqualTo("Organization");
			assertThat(entity.path("name").asString()).isEqualTo(author.text("name"));
			assertThat(entity.path("url").asString()).isEqualTo(url);
			assertThat(entity.path("description").asString()).isEqualTo(author.text("role"));
			assertThat(page.select(".lead").text()).startsWith(author.text("role"));
		}
		// on a later page of an author's articles, the profile is still the author's own page
		JsonNode second = jsonLd(Html.get(this.mvc, "/authors/team/page/2"));
		assertThat(second.path("url").asString()).isEqualTo(BASE_URL + "/authors/team/page/2");
		assertThat(second.path("mainEntity").path("url").asString()).isEqualTo(BASE_URL + "/authors/team");
	}

	@Test
	void homeIsTheWebSiteAndItsPublisher() {
		Document page = Html.get(this.mvc, "/");
		JsonNode ld = jsonLd(page);
		assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.path("@type").asString()).isEqualTo("WebSite");
		assertThat(ld.path("name").asString()).isEqualTo("Leg Cramps Guide")
			.isEqualTo(page.select("header .brand").text());
		assertThat(ld.path("url").asString()).isEqualTo(BASE_URL + "/");
		assertThat(ld.path("description").asString()).isEqualTo(page.select("meta[name=description]").attr("content"));
		assertPublisher(ld.path("publisher"));
	}

	@Test
	void standalonePagesAndTheListsOfTopicsAndTagsArePlainWebPages() {
		for (Doc sitePage : FixtureContent.read("pages").values()) {
			Document page = Html.get(this.mvc, "/" + sitePage.slug());
			JsonNode ld = jsonLd(page);
			assertThat(ld.path("@type").asString()).isEqualTo("WebPage");
			assertThat(ld.path("name").asString()).isEqualTo(sitePage.text("title")).isEqualTo(page.select("h1").text());
			assertThat(ld.path("description").asString()).isEqualTo(sitePage.text("summary"))
				.isEqualTo(page.select(".lead").text());
			assertThat(ld.path("url").asString()).isEqualTo(BASE_URL + "/" + sitePage.slug());
			assertCitations(ld, page, FixtureContent.cited("pages", sitePage.slug()));
		}
		for (String path : List.of("/topics", "/tags")) {
			Document page = Html.get(this.mvc, path);
			JsonNode ld = jsonLd(page);
			assertThat(ld.path("@type").asString()).isEqualTo("WebPage");
			assertThat(ld.path("name").asString()).isEqualTo(page.select("h1").text());
			assertThat(ld.path("description").asString()).isEqualTo(page.select("meta[name=description]").attr("content"));
			assertThat(ld.path("url").asString()).isEqualTo(BASE_URL + path);
		}
	}

	@Test
	void textThatLooksLikeMarkupCannotEndTheScriptElement() {
		String hostile = "</script><script>alert(1)</script><!-- & -->";
		PageMeta meta = new PageMeta(hostile, hostile, hostile, BASE_URL + "/x", null, null, "website", null, null, false);
		String json = this.structuredData.webPage(meta);
		assertThat(json).doesNotContain("<", ">", "&");

		// printed as the layout prints it, an HTML parser still sees one script holding all of the JSON
		Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + json
				+ "</script></head><body><p>after</p></body></html>");
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("body").text()).isEqualTo("after");
		JsonNode ld = JSON.readTree(page.select("script").first().data());
		assertThat(ld.path("name").asString()).isEqualTo(hostile);
		assertThat(ld.path("description").asString()).isEqualTo(hostile);
	}

	/** The page's only JSON-LD block, parsed. */
	static JsonNode jsonLd(Document page) {
		List<Element> scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).as(page.location()).hasSize(1);
		return JSON.readTree(scripts.get(0).data());
	}

	/** The BreadcrumbList names the visible breadcrumb, step by step, with the given absolute URLs. */
	private static void assertBreadcrumb(JsonNode ld, Document page, List<String> urls) {
		JsonNode list = ld.path("breadcrumb");
		assertThat(list.path("@type").asString()).isEqualTo("BreadcrumbList");
		List<String> names = new ArrayList<>();
		List<String> items = new ArrayList<>();
		int position = 1;
		for (JsonNode item : list.path("itemListElement")) {
			assertThat(item.path("@type").asString()).isEqualTo("ListItem");
			assertThat(item.path("position").asInt()).isEqualTo(position++);
			names.add(item.path("name").asString());
			items.add(item.path("item").asString());
		}
		assertThat(names).isEqualTo(Html.texts(page, "nav.breadcrumb li"));
		assertThat(items).isEqualTo(urls);
		// the links of the visible breadcrumb are the items before the current page
		assertThat(Html.attrs(page, "nav.breadcrumb a", "href").stream().map((href) -> BASE_URL + href).toList())
			.isEqualTo(urls.subList(0, urls.size() - 1));
		assertThat(page.select("nav.breadcrumb li").last().select("[aria-current=page]")).hasSize(1);
	}

	/**
	 * {@code citation} names the works the text cites, in the order of the page's sources list: each
	 * with its title, its year, the link built from its strongest identifier, and its DOI and PMID, as
	 * the fixture's references.yaml gives them.
	 */
	private static void assertCitations(JsonNode ld, Document page, List<String> cited) {
		Map<String, Map<String, Object>> works = FixtureContent.references();
		JsonNode citations = ld.path("citation");
		assertThat(citations.size()).as(page.location()).isEqualTo(cited.size())
			.isEqualTo(page.select("ol.sources > li").size());
		for (int i = 0; i < cited.size(); i++) {
			Map<String, Object> work = works.get(cited.get(i));
			JsonNode node = citations.get(i);
			Element entry = page.select("ol.sources > li").get(i);
			assertThat(node.path("@type").asString())
				.isEqualTo("article-journal".equals(work.get("type")) ? "ScholarlyArticle" : "WebPage");
			assertThat(node.path("name").asString()).isEqualTo(work.get("title"))
				.isEqualTo(entry.select(".source-title").text());
			String link = (work.get("DOI") != null) ? "https://doi.org/" + work.get("DOI")
					: (work.get("PMID") != null) ? "https://pubmed.ncbi.nlm.nih.gov/" + work.get("PMID") + "/"
							: (String) work.get("URL");
			assertThat(node.path("url").isMissingNode() ? null : node.path("url").asString()).isEqualTo(link);
			assertThat(entry.select("a.source-title").attr("href")).isEqualTo((link != null) ? link : "");
			List<String> identifiers = new ArrayList<>();
			node.path("identifier").forEach((id) -> identifiers.add(id.path("propertyID").asString() + " " + id.path("value").asString()));
			List<String> expected = new ArrayList<>();
			for (String scheme : List.of("DOI", "PMID")) {
				if (work.get(scheme) != null) {
					expected.add(scheme + " " + work.get(scheme));
				}
			}
			assertThat(identifiers).isEqualTo(expected);
		}
	}

	private static void assertPublisher(JsonNode publisher) {
		assertThat(publisher.path("@type").asString()).isEqualTo("Organization");
		assertThat(publisher.path("name").asString()).isEqualTo("Leg Cramps Guide");
		assertThat(publisher.path("url").asString()).isEqualTo(BASE_URL + "/");
	}

	private static List<String> strings(JsonNode array) {
		assertThat(array.isArray()).isTrue();
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
