package guide.legcramps.search;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.Html;
import guide.legcramps.ShippedSiteTest;
import guide.legcramps.tag.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrasings of {@code src/test/resources/search/warning-signs.tsv} on the shipped content: the
 * "urgent" ones must show the red-flags tag's guidance above the results, the others must not. The
 * guidance is the tag's own rendered body, so it says what the content says and nothing else.
 */
@ShippedSiteTest
class WarningSignsTest {

	static final List<String[]> TABLE = ShippedSearch.table("warning-signs.tsv");

	@Autowired
	MockMvcTester mvc;

	@Test
	void enoughPhrasingsOfEachKind() {
		assertThat(TABLE.stream().filter((row) -> row[0].equals("urgent"))).hasSizeGreaterThanOrEqualTo(15);
		assertThat(TABLE.stream().filter((row) -> row[0].equals("not"))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(TABLE).allSatisfy((row) -> assertThat(row[0]).isIn("urgent", "not"));
	}

	@Test
	void eachPhrasingShowsTheGuidanceOrNotAsItShould() {
		SiteSearch search = ShippedSearch.search(true);
		Tag redFlags = ShippedSearch.snapshot().tags().stream()
			.filter((tag) -> tag.getSlug().equals(WarningSigns.TAG))
			.findFirst()
			.orElseThrow();
		List<String> wrong = new ArrayList<>();
		for (String[] row : TABLE) {
			WarningSigns.Guidance guidance = search.search(SearchQuery.of(row[1]), 1).guidance();
			boolean shown = guidance != null;
			if (shown != row[0].equals("urgent")) {
				wrong.add(row[1] + (shown ? " shows the guidance" : " does not show the guidance"));
			}
			if (shown) {
				assertThat(guidance.html()).isEqualTo(redFlags.getHtml());
				assertThat(guidance.title()).isEqualTo(redFlags.getTitle());
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theGuidanceComesFirstAndIsTheTagsOwnBody() {
		String tagBody = Html.get(this.mvc, "/tags/red-flags").select(".article-body").html();
		assertThat(tagBody).contains("emergency");
		for (String[] row : TABLE) {
			if (!row[0].equals("urgent")) {
				continue;
			}
			Document page = page("/search?q=" + java.net.URLEncoder.encode(row[1], java.nio.charset.StandardCharsets.UTF_8));
			Element main = page.selectFirst("main");
			Element first = main.children().stream().filter((e) -> !e.tagName().equals("h1")).findFirst().orElseThrow();
			assertThat(first.hasClass("urgent-help")).as(row[1]).isTrue();
			assertThat(first.select(".article-body").html()).as(row[1]).isEqualTo(tagBody);
			assertThat(first.select("a[href=/tags/red-flags]")).as(row[1]).hasSize(1);
		}
		Document calm = page("/search?q=calf+stretch");
		assertThat(calm.select(".urgent-help")).isEmpty();
		assertThat(calm.select(".search-results > li")).isNotEmpty();
	}

	private Document page(String path) {
		var result = this.mvc.get().uri(java.net.URI.create(path)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
