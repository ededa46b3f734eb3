package guide.legcramps.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import guide.legcramps.content.Problems;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.load.ContentBuilder;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.read.CareRulesReader;
import guide.legcramps.content.read.DataFile;
import guide.legcramps.content.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning signs a worried reader acts on, as the shipped pages show them: each rule comes from
 * care.yaml alone, the same words at the same level on every page, and nothing outside a card
 * restates one. Also the specific wrongs a clinical read found, so none can come back.
 */
class SafetyRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	/** How pages used to send readers for help by hand; only a card may say these now. */
	private static final Pattern HAND_TYPED = Pattern.compile(
			"call 999|\\b999\\b|emergency number|nhs 111|\\b111\\b|urgent gp|a&e|same day", Pattern.CASE_INSENSITIVE);

	private static ContentSnapshot snapshot;

	private static CareRules rules;

	/** Every page body (articles, hubs, tags, standalone pages), by its address. */
	private static final Map<String, Element> bodies = new LinkedHashMap<>();

	@BeforeAll
	static void load() throws Exception {
		snapshot = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(Path.of("content"), TODAY);
		Problems problems = new Problems("content/care.yaml");
		rules = CareRulesReader.read(new DataFile("content/care.yaml", "care.yaml",
				java.nio.file.Files.readString(Path.of("content/care.yaml"))), TODAY, problems);
		assertThat(problems.list()).isEmpty();
		snapshot.articles().forEach((a) -> bodies.put("/articles/" + a.getSlug(), body(a.getHtml())));
		// a hub's page shows its lead and, after its articles, the rest of its introduction
		snapshot.topics().forEach((t) -> bodies.put("/topics/" + t.getSlug(),
				body(t.getHtml() + ((t.getMoreHtml() != null) ? t.getMoreHtml() : ""))));
		snapshot.tags().stream().filter((t) -> t.getHtml() != null).forEach((t) -> bodies.put("/tags/" + t.getSlug(), body(t.getHtml())));
		snapshot.pages().forEach((p) -> bodies.put("/" + p.getSlug(), body(p.getHtml())));
	}

	private static Element body(String html) {
		return Jsoup.parseBodyFragment(html).body();
	}

	/** A body's text without its cards. */
	private static String outsideCards(Element body) {
		Element copy = body.clone();
		copy.select("div.care-card").remove();
		return copy.text();
	}

	@Test
	void everyRuleReadsTheSameAtTheSameLevelOnEveryPageThatShowsIt() {
		assertThat(snapshot.problems()).isEmpty();
		int shown = 0;
		for (CareRules.Rule rule : rules.rules().values()) {
			List<String> texts = new ArrayList<>();
			bodies.forEach((path, body) -> body.select("div.care-card[data-care-rule=" + rule.id() + "]").forEach((card) -> {
				assertThat(card.classNames()).as(path + " " + rule.id()).contains("care-card--" + rule.level().key());
				texts.add(card.text());
			}));
			assertThat(texts).as(rule.id() + " is shown somewhere").isNotEmpty();
			String expected = rule.heading() + ": " + rule.action() + " " + String.join(" ", rule.signs())
					+ ((rule.after() != null) ? " " + rule.after() : "");
			assertThat(texts).as(rule.id()).allSatisfy((text) -> assertThat(text).startsWith(expected));
			assertThat(texts.stream().distinct()).as(rule.id()).hasSize(1);
			shown += texts.size();
		}
		// every card on the site is one of the rules
		assertThat(bodies.values().stream().mapToLong((b) -> b.select("div.care-card").size()).sum()).isEqualTo(shown);
	}

	@Test
	void everyArticleAndHubShowsACardAndNoPageTypesAWarningSignRuleByHand() {
		List<String> handTyped = new ArrayList<>();
		bodies.forEach((path, body) -> {
			if (path.startsWith("/articles/") || path.startsWith("/topics/")) {
				assertThat(body.select("div.care-card")).as(path + " shows a care card").isNotEmpty();
			}
			Matcher matcher = HAND_TYPED.matcher(outsideCards(body));
			while (matcher.find()) {
				handTyped.add(path + ": '" + matcher.group() + "'");
			}
		});
		assertThat(handTyped).isEmpty();
		assertThat(bodies).hasSizeGreaterThan(18);
	}

	@Test
	void aCrampOverTenMinutesIsOneNonUrgentRule() {
		List<CareRules.Rule> tenMinutes = rules.rules()
			.values()
			.stream()
			.filter((r) -> r.signs().stream().anyMatch((s) -> s.contains("10 minutes")))
			.toList();
		assertThat(tenMinutes).hasSize(1);
		assertThat(tenMinutes.get(0).level()).isEqualTo(CareRules.Level.NON_URGENT);
		bodies.forEach((path, body) -> assertThat(outsideCards(body)).as(path)
			.doesNotContainPattern("(?i)10 minutes[^.]*urgent|urgent[^.]*10 minutes"));
	}

	@Test
	void statinMuscleSymptomsAreOneRuleAndNoPageSaysNotToStop() {
		List<CareRules.Rule> statin = rules.rules()
			.values()
			.stream()
			.filter((r) -> String.join(" ", r.signs()).contains("statin"))
			.toList();
		assertThat(statin).hasSize(1);
		assertThat(statin.get(0).level()).isEqualTo(CareRules.Level.URGENT);
		bodies.forEach((path, body) -> assertThat(body.text()).as(path)
			.doesNotContainPattern("(?i)(do not|don't|never)( just)? stop (your|a|the) statin"));
	}

	@Test
	void thereIsOneEmergencyRuleAndChestPainOrSevereBreathlessnessCountOnTheirOwn() {
		List<CareRules.Rule> emergency = rules.rules()
			.values()
			.stream()
			.filter((r) -> r.level() == CareRules.Level.EMERGENCY)
			.toList();
		assertThat(emergency).hasSize(1);
		assertThat(emergency.get(0).signs()).contains("you have severe difficulty breathing",
				"you have pain in your chest or upper back");
		assertThat(rules.levels().get(CareRules.Level.EMERGENCY).action()).contains("999")
			.contains("outside the UK");
		// every page that warns of a clot in the leg also shows what to do if it reaches the lungs
		bodies.forEach((path, body) -> {
			if (!body.select("div.care-card[data-care-rule=dvt-signs]").isEmpty()) {
				assertThat(body.select("div.care-card--emergency")).as(path).isNotEmpty();
			}
		});
		assertThat(bodies.get("/articles/quinine-for-leg-cramps").select("div.care-card--emergency")).isNotEmpty();
	}

	@Test
	void narrowedArterySignsAreSeparateSignsAnyOneOfWhichCounts() {
		CareRules.Rule pad = rules.rules().get("pad-getting-worse");
		assertThat(pad.signs()).hasSizeGreaterThanOrEqualTo(4)
			.anyMatch((s) -> s.contains("cannot move"))
			.anyMatch((s) -> s.contains("feeling"))
			.noneMatch((s) -> s.contains(" and "));
		assertThat(pad.after()).contains("Any one");
	}

	@Test
	void theQuininePageNeverTellsAReaderNotToStopAndNamesTheSeriousReactions() {
		Element page = bodies.get("/articles/quinine-for-leg-cramps");
		String text = page.text();
		assertThat(text).doesNotContainPattern("(?i)(never|do not|don't|must not|should not)[^.]{0,30}\\bstop")
			.doesNotContainPattern("(?i)without talking to your doctor first");
		assertThat(text).containsIgnoringCase("kidney")
			.containsIgnoringCase("death")
			.containsIgnoringCase("tonic water")
			.containsIgnoringCase("heart");
		assertThat(page.select("div.care-card[data-care-rule=quinine-bleeding-signs] .care-card__heading").text())
			.contains("Stop taking quinine");
	}

	@Test
	void everyPageSaysTheSameAboutWhetherQuinineIsStillPrescribed() {
		bodies.forEach((path, body) -> assertThat(body.text()).as(path)
			.doesNotContainPattern("(?i)used to be given|may still prescribe|quinine is not used routinely"));
		long saying = bodies.values()
			.stream()
			.filter((b) -> b.text().contains("Quinine is no longer prescribed routinely for leg cramps"))
			.count();
		assertThat(saying).isGreaterThanOrEqualTo(2);
	}

}
