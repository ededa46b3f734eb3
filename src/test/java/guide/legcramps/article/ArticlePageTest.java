package guide.legcramps.article;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import guide.legcramps.FixtureSiteTest;
import guide.legcramps.Html;
import guide.legcramps.cache.PageCache;

import static org.assertj.core.api.Assertions.assertThat;

@FixtureSiteTest
class ArticlePageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PageCache pageCache;

	@Test
	void showsTheWholeArticleWithItsDatesSourcesTagsAndRelatedArticles() {
		Document page = Html.get(this.mvc, "/articles/a01");
		assertThat(page.title()).isEqualTo("Article 01 \u2013 Leg Cramps Guide");
		assertThat(page.select("meta[name=description]").attr("content"))
			.isEqualTo("Summary of fixture article number 1, long enough to pass the fifty character minimum.");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/articles/a01");
		assertThat(Html.texts(page, "nav.breadcrumb li")).containsExactly("Home", "Hub topic", "Article 01");
		assertThat(Html.attrs(page, "nav.breadcrumb a", "href")).containsExactly("/", "/topics/hub");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Article 01");
		assertThat(page.select(".byline").text())
			.isEqualTo("By Fixture team \u00b7 Published 1 January 2026 \u00b7 1 min read");
		assertThat(page.select(".byline a").attr("href")).isEqualTo("/authors/team");
		assertThat(Html.texts(page, ".review-dates p")).containsExactly("Page last reviewed: 1 February 2026",
				"Next review due: 15 January 2027");
		assertThat(Html.attrs(page, ".review-dates time", "datetime")).containsExactly("2026-02-01", "2027-01-15");
		assertThat(Html.texts(page, "nav.contents li")).containsExactly("First part", "Second part", "Third part",
				"When to get help");
		for (Element link : page.select("nav.contents a")) {
			assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull();
		}
		assertThat(page.select(".article-body table td").first().text()).isEqualTo("Potassium");
		assertThat(page.select(".article-body a[href^=https]").attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(Html.texts(page, "section[aria-labelledby=tags-heading] a")).containsExactly("Alpha", "Beta", "Gamma");
		assertThat(Html.attrs(page, "section[aria-labelledby=tags-heading] a", "href")).containsExactly("/tags/alpha",
				"/tags/beta", "/tags/gamma");
		// the works the text cites, in the order it first cites them: authors and one full stop, each from the data once
		assertThat(Html.texts(page, "ol.sources li")).containsExactly(
				"Leg cramps. NHS. https://www.nhs.uk/conditions/leg-cramps/ \u2191Back to where the text first cites source 1",
				"Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database of Systematic Reviews, 2020."
						+ " doi:10.1002/14651858.CD009402.pub3 https://doi.org/10.1002/14651858.CD009402.pub3"
						+ " \u2191Back to where the text first cites source 2",
				"Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MHG. Stretching before sleep reduces the frequency"
						+ " and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy, 2012."
						+ " doi:10.1016/S1836-9553(12)70068-1 PMID 22341378 https://doi.org/10.1016/S1836-9553(12)70068-1"
						+ " \u2191Back to where the text first cites source 3");
		// each work links from its strongest identifier: the DOI over the PMID
		assertThat(Html.attrs(page, "ol.sources a.source-title", "href")).containsExactly("https://www.nhs.uk/conditions/leg-cramps/",
				"https://doi.org/10.1002/14651858.CD009402.pub3", "https://doi.org/10.1016/S1836-9553(12)70068-1");
		// a work offered but not cited, under its own heading; with no identifier it is a plain citation
		assertThat(page.select("#further-reading-heading").text()).isEqualTo("Further reading");
		assertThat(Html.texts(page, "ul.further-reading li"))
			.containsExactly("Naylor JR, Young JB. A general population survey of rest cramps. Age and Ageing, 1994.");
		assertThat(page.select("ul.further-reading a")).isEmpty();
		// pinned a07 first; then side-story (rare gamma); then the odd articles sharing beta, newest review first
		assertThat(Html.attrs(page, "ul.related a", "href")).containsExactly("/articles/a07", "/articles/side-story",
				"/articles/a11", "/articles/a09", "/articles/a05");
		assertThat(Html.texts(page, "ul.related .reason")).containsExactly("Also about: beta, alpha", "Also about: gamma",
				"Also about: beta, alpha", "Also about: beta, alpha", "Also about: beta, alpha");
		assertThat(page.select(".disclaimer").text()).contains("supports, and does not replace, advice from a doctor");
	}

	@Test
	void citationsAreNumberedLinksToTheSourcesInTheOrderOfFirstCitationAndEachSourceLinksBack() {
		Document page = Html.get(this.mvc, "/articles/a01");
		Elements links = page.select(".article-body .cite a");
		// a screen reader hears "source 1"; a work cited again keeps its number
		assertThat(links).extracting(Element::text).containsExactly("source 1", "source 2", "source 3", "source 1");
		assertThat(links).extracting((a) -> a.attr("href"))
			.containsExactly("#source-1", "#source-2", "#source-3", "#source-1");
		assertThat(links).extracting(Element::id).containsExactly("cite-1", "cite-2", "cite-3", "");
		Document seen = page.clone();
		seen.select(".visually-hidden").remove();
		assertThat(seen.select(".article-body .cite").eachText()).containsExactly("[1]", "[2]", "[3, 1]");
		assertThat(page.select(".article-body p").get(1).text())
			.isEqualTo("Magnesium made no real difference [source 2]. Stretching before bed may help [source 3, source 1].");
		for (Element source : page.select("ol.sources > li")) {
			Element back = source.selectFirst("a.backlink");
			Element firstCitation = page.getElementById(back.attr("href").substring(1));
			assertThat(firstCitation).as(source.id()).isNotNull();
			assertThat(firstCitation.attr("href")).isEqualTo("#" + source.id());
		}
		assertThat(page.select("ol.sources > li")).extracting(Element::id).containsExactly("source-1", "source-2", "source-3");
		// markers are not words: the article's length is its own text
		assertThat(page.select(".byline").text()).endsWith("1 min read");
	}

	@Test
	void aShortArticleHasNoTableOfContents() {
		Document page = Html.get(this.mvc, "/articles/a02");
		assertThat(page.select("nav.contents")).isEmpty();
		assertThat(page.select(".article-body h2").text()).isEqualTo("Overview");
	}

	@Test
	void rawHtmlInMarkdownIsInert() {
		Document page = Html.get(this.mvc, "/articles/side-story");
		assertThat(page.select(".article-body script")).isEmpty();
		assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(page.select(".article-body p").text()).isEqualTo("Side text stays inert [source 1].");
	}

	@Test
	void anArticlePageCostsTheSameFewStatementsWhateverItsSizeThenNoneFromTheCache() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.pageCache.clear();
		statistics.clear();
		Html.get(this.mvc, "/articles/a01");
		long large = statistics.getPrepareStatementCount();
		statistics.clear();
		Html.get(this.mvc, "/articles/side-story");
		long small = statistics.getPrepareStatementCount();
		// the article row (sources, sections and related articles are columns of it), then its tags
		assertThat(large).isEqualTo(2);
		assertThat(small).isEqualTo(large);
		statistics.clear();
		Html.get(this.mvc, "/articles/a01");
		assertThat(statistics.getPrepareStatementCount()).as("made once, then served from memory").isZero();
	}

	@Test
	void listPagesDoNotQueryPerArticle() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.pageCache.clear();
		statistics.clear();
		Html.get(this.mvc, "/topics/hub");
		long tenArticles = statistics.getPrepareStatementCount();
		statistics.clear();
		Html.get(this.mvc, "/topics/side");
		long oneArticle = statistics.getPrepareStatementCount();
		// the topic, its two collections, the page of cards and (for a full page) the count: never one per article
		assertThat(tenArticles).isBetween(1L, 5L);
		assertThat(oneArticle).isBetween(1L, 5L);
	}

}
