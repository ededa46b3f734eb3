package guide.legcramps.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import guide.legcramps.article.Article;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.topic.Topic;

import static guide.legcramps.content.load.FixtureBuilds.article;
import static guide.legcramps.content.load.FixtureBuilds.build;
import static guide.legcramps.content.load.FixtureBuilds.copy;
import static guide.legcramps.content.load.FixtureBuilds.problems;
import static org.assertj.core.api.Assertions.assertThat;

/** care.yaml's rules, as cards in the pages that name them, and every mistake an editor can make. */
class CareCardsTest {

	private static final Path DIR = Path.of("src/test/resources/fixtures/care");

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void everyMistakeIsReportedWithItsFileAndLine() {
		List<String> problems = problems(build(DIR, TODAY), DIR);
		assertThat(problems).containsExactly(
				"articles/bad-markers.md:12:1: error: a care card needs a rule id (lowercase letters, digits and hyphens): {{< care rule-id >}}",
				"articles/bad-markers.md:14:1: error: '{{< cares see-a-gp >}}' is not a care card; write {{< care rule-id >}}",
				"articles/failed-rule.md:12:1: warning: care rule 'soon' did not load (see care.yaml's own problems); its card is left out until it is fixed",
				"articles/failed-rule.md:16:1: warning: care rule 'misnamed-source' did not load (see care.yaml's own problems); its card is left out until it is fixed",
				"articles/joined-marker.md:11:1: error: a care card must be a paragraph of its own: leave a blank line before and after it",
				"articles/no-card.md:10:1: warning: shows no care card: a page about symptoms, medicines or conditions says when to get help, with a line {{< care rule-id >}} (the rules are in care.yaml)",
				"articles/unknown-rule.md:12:1: error: unknown care rule 'see-a-gq' (care.yaml has no rule with that id); did you mean 'see-a-gp'?",
				"care.yaml:40:1: error: rule 4: 'level' must be non-urgent, urgent or emergency, not 'soonish'",
				"care.yaml:45:1: error: rule 5: 'id' 'see-a-gp' is the id of another rule; each rule is stated once",
				"care.yaml:53:1: error: rule 6: 'signs' must list at least one sign",
				"care.yaml:56:1: error: source 1: 'checked' (2027-01-01) is in the future",
				// a source is a work of references.yaml, named by its id
				"care.yaml:61:1: error: rule 'misnamed-source' names unknown reference 'nhs-leg-cramp' (references.yaml has no entry with that id); did you mean 'nhs-leg-cramps'?");
	}

	@Test
	void pagesWithABadMarkerDoNotLoadAndTheRestDo() {
		ContentSnapshot snapshot = build(DIR, TODAY);
		assertThat(snapshot.articles()).extracting(Article::getSlug)
			.containsExactly("failed-rule", "no-card", "with-cards");
		assertThat(snapshot.topics()).extracting(Topic::getSlug).containsExactly("hub");
	}

	@Test
	void eachMarkerBecomesItsRulesCardWithItsLevelWordsAndSources() {
		Element body = Jsoup.parseBodyFragment(article(build(DIR, TODAY), "with-cards").getHtml()).body();
		Elements cards = body.select("div.care-card");
		assertThat(cards).extracting((c) -> c.attr("data-care-rule"))
			.containsExactly("see-a-gp", "one-swollen-leg", "chest-pain", "see-a-gp");
		assertThat(cards).extracting(Element::className)
			.containsExactly("care-card care-card--non-urgent", "care-card care-card--urgent",
					"care-card care-card--emergency", "care-card care-card--non-urgent");
		// one level below the section each card sits in, so no heading level is skipped
		assertThat(cards).extracting((c) -> c.child(0).tagName()).containsExactly("h3", "h3", "h4", "h3");
		assertThat(cards.get(0).select(".care-card__heading").text()).isEqualTo("Non-urgent advice: See a GP if:");
		assertThat(cards.get(0).select(".care-card__level").text()).isEqualTo("Non-urgent advice:");
		assertThat(cards.get(0).select("li").eachText())
			.containsExactly("cramps last longer than 10 minutes", "cramps keep waking you up");
		assertThat(cards.get(1).select(".care-card__heading").text())
			.isEqualTo("Urgent advice: Ask for an urgent GP appointment or get help from NHS 111 if:");
		assertThat(cards.get(1).select(".care-card__content > p").first().text()).isEqualTo("Tell them if you are pregnant.");
		assertThat(cards.get(2).select(".care-card__heading").text()).isEqualTo("Immediate action required: Call 999 now if:");
		assertThat(cards.get(1).select(".care-card__source a").attr("href"))
			.isEqualTo("https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/");
		assertThat(cards.get(1).select(".care-card__source").text())
			.isEqualTo("Based on: NHS, \u201cDeep vein thrombosis (DVT)\u201d (checked 1 May 2026).");
		// a source with no known address is named, not linked
		assertThat(cards.get(2).select(".care-card__source a")).isEmpty();
		assertThat(cards.get(2).select(".care-card__source").text()).contains("NHS, \u201cPulmonary embolism\u201d");
		// the same rule gives the same card wherever it is shown
		assertThat(cards.get(3).outerHtml()).isEqualTo(cards.get(0).outerHtml());
		// a marker in a code block, or inside a sentence, is not a card
		assertThat(body.select("pre code").text()).isEqualTo("{{< care not-a-card-inside-code >}}");
		assertThat(body.text()).contains("The same card again: {{< care see-a-gp >}} is only a card")
			.doesNotContain("LegcrampsCareCard");
	}

	@Test
	void theRulesWordsAreEscaped() {
		String html = article(build(DIR, TODAY), "with-cards").getHtml();
		assertThat(html).contains("<li>one leg is swollen, warm &amp; &lt;red&gt;</li>").doesNotContain("<red>");
	}

	@Test
	void aCardsWordsAreNotCountedAsTheArticlesOwn(@TempDir Path temp) throws IOException {
		Path dir = copy(DIR, temp);
		int withCards = article(build(dir, TODAY), "with-cards").getWordCount();
		Path file = dir.resolve("articles/with-cards.md");
		Files.writeString(file, Files.readString(file).replaceAll("(?m)^\\{\\{< care (see-a-gp|one-swollen-leg|chest-pain) >}}\n", ""));
		Article without = article(build(dir, TODAY), "with-cards");
		assertThat(without.getHtml()).doesNotContain("care-card");
		assertThat(withCards).isEqualTo(without.getWordCount()).isGreaterThan(30);
	}

	@Test
	void aCardNamesItsWorksFromTheBibliographyAndAnEditThereReachesEveryCard(@TempDir Path temp) throws IOException {
		Path dir = copy(DIR, temp);
		Path references = dir.resolve("references.yaml");
		Files.writeString(references, Files.readString(references)
			.replace("title: \"Deep vein thrombosis (DVT)\"", "title: \"Deep vein thrombosis\"")
			.replace("URL: \"https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/\"",
					"URL: \"https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/symptoms/\""));
		Element card = Jsoup.parseBodyFragment(article(build(dir, TODAY), "with-cards").getHtml())
			.selectFirst("div.care-card[data-care-rule=one-swollen-leg]");
		assertThat(card.select(".care-card__source").text())
			.isEqualTo("Based on: NHS, \u201cDeep vein thrombosis\u201d (checked 1 May 2026).");
		assertThat(card.select(".care-card__source a").attr("href"))
			.isEqualTo("https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/symptoms/");
	}

	@Test
	void aHubShowsItsCardsReviewDatesAndSources() {
		Topic hub = build(DIR, TODAY).topics().get(0);
		assertThat(Jsoup.parseBodyFragment(hub.getHtml()).select("div.care-card").eachAttr("data-care-rule"))
			.containsExactly("see-a-gp");
		assertThat(hub.getReviewed()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(hub.getNextReview()).isEqualTo(LocalDate.of(2027, 5, 1));
		assertThat(hub.getSources()).extracting(Article.Source::link)
			.containsExactly("https://www.nhs.uk/conditions/leg-cramps/", null);
	}

	@Test
	void anEditToTheRulesReachesEveryPageThatShowsThemAndABrokenEditKeepsTheLastGoodRules(@TempDir Path temp)
			throws IOException {
		Path dir = copy(DIR, temp);
		Path care = dir.resolve("care.yaml");
		// only a version with no error at all is a good one to fall back on
		String good = Files.readString(care);
		Files.writeString(care, good.substring(0, good.indexOf("  - id: soon")));
		ContentBuilder builder = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5));
		assertThat(builder.build(dir, TODAY).problems()).noneMatch((p) -> p.path().equals(care.toString()));
		Files.writeString(care, Files.readString(care).replace("cramps keep waking you up", "cramps wake you often"));
		ContentSnapshot edited = builder.build(dir, TODAY);
		assertThat(article(edited, "with-cards").getHtml()).contains("<li>cramps wake you often</li>")
			.doesNotContain("cramps keep waking you up");
		assertThat(edited.topics().get(0).getHtml()).contains("<li>cramps wake you often</li>");

		Files.writeString(care, "levels: [not: valid");
		ContentSnapshot broken = builder.build(dir, TODAY);
		assertThat(broken.problems()).extracting(ContentProblem::toString)
			.contains(care + ":1:1: warning: the site keeps serving the last good version of this file until its errors are fixed")
			.anyMatch((p) -> p.startsWith(care + ":") && p.contains("error: invalid YAML"));
		assertThat(article(broken, "with-cards").getHtml()).contains("<li>cramps wake you often</li>");

		Files.delete(care);
		ContentSnapshot none = builder.build(dir, TODAY);
		assertThat(none.articles()).extracting(Article::getSlug).containsExactly("no-card");
		assertThat(none.problems()).extracting(ContentProblem::toString)
			.anyMatch((p) -> p.contains("with-cards.md:14:1: error: unknown care rule 'see-a-gp' (care.yaml has no rule with that id)"));
	}

}
