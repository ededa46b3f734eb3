package guide.legcramps.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import guide.legcramps.article.Article;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.load.ContentBuilder;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.tag.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/** The standards of the shipped articles that a machine can check. */
class CorpusStandardsTest {

	static final Path CONTENT = Path.of("content");

	static final List<String> CORE_TAGS = List.of("triggers", "electrolytes", "diuretics", "stretching", "relief");

	static ContentSnapshot snapshot;

	static Map<String, String> bodies = new LinkedHashMap<>();

	/** The articles still written the old way, with a front-matter list of sources (see {@code OldSources}). */
	static Set<String> oldWay = new TreeSet<>();

	/** A citation in the text, in pandoc's syntax: {@code [@id]}, {@code [@id1; @id2]}. */
	static final Pattern CITATION = Pattern.compile("\\[(@[^\\]]+)\\]");

	@BeforeAll
	static void load() throws IOException {
		snapshot = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(CONTENT, LocalDate.of(2026, 12, 1));
		try (Stream<Path> files = Files.list(CONTENT.resolve("articles"))) {
			for (Path file : files.sorted().toList()) {
				String text = Files.readString(file);
				int end = text.indexOf("\n---\n", 3);
				bodies.put(file.getFileName().toString(), text.substring(end + 5));
				if (text.substring(0, end).contains("\nsources:")) {
					oldWay.add(file.getFileName().toString());
				}
			}
		}
	}

	@Test
	void thereAreAtLeastSixteenArticlesAndAllLoad() {
		assertThat(snapshot.problems()).isEmpty();
		assertThat(snapshot.articles()).hasSizeGreaterThanOrEqualTo(16).hasSize(bodies.size());
	}

	@Test
	void everyArticleIsSixHundredToFifteenHundredWords() {
		bodies.forEach((file, body) -> assertThat(Readability.count(body).words()).as(file).isBetween(600, 1500));
	}

	@Test
	void readabilityIsGradeEightOnAverageAndNeverAboveTen() {
		double total = 0;
		for (Map.Entry<String, String> entry : bodies.entrySet()) {
			double grade = Readability.count(entry.getValue()).grade();
			assertThat(grade).as(entry.getKey()).isLessThanOrEqualTo(10);
			total += grade;
		}
		assertThat(total / bodies.size()).isLessThanOrEqualTo(8);
	}

	@Test
	void everyArticleHasSectionsAndCitesAtLeastTwoWorksInItsText() {
		for (Article article : snapshot.articles()) {
			String file = article.getSlug() + ".md";
			if (oldWay.contains(file)) {
				// until the content is converted: at least two sources, each with an https address or none
				assertThat(article.getSources()).as(article.getSlug())
					.filteredOn((s) -> s.link() != null)
					.hasSizeGreaterThanOrEqualTo(2)
					.allSatisfy((s) -> assertThat(s.link()).startsWith("https://"));
			}
			else {
				List<String> cited = cited(bodies.get(file));
				assertThat(cited).as(article.getSlug() + ": distinct works cited in the text").hasSizeGreaterThanOrEqualTo(2);
				// the sources list is exactly the works cited, in the order the text first cites them
				assertThat(article.getSources()).as(article.getSlug()).extracting(Article.Source::id).isEqualTo(cited);
			}
			assertThat(article.getSections()).as(article.getSlug()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(article.getAuthor().slug()).isEqualTo("editorial-team");
		}
	}

	/** The distinct ids a body cites, in the order it first cites them. */
	static List<String> cited(String body) {
		Set<String> ids = new LinkedHashSet<>();
		Matcher citation = CITATION.matcher(body);
		while (citation.find()) {
			for (String id : citation.group(1).split(";")) {
				ids.add(id.strip().substring(1));
			}
		}
		return List.copyOf(ids);
	}

	@Test
	void coreThemesHaveThreeArticlesAndEveryTagIsUsedTwice() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Tag tag : snapshot.tags()) {
			counts.put(tag.getSlug(), tag.getArticleCount());
		}
		assertThat(counts).containsKeys(CORE_TAGS.toArray(String[]::new));
		CORE_TAGS.forEach((tag) -> assertThat(counts.get(tag)).as(tag).isGreaterThanOrEqualTo(3));
		counts.forEach((tag, count) -> assertThat(count).as(tag).isGreaterThanOrEqualTo(2));
		assertThat(counts).hasSizeBetween(15, 25);
	}

	@Test
	void seriousSymptomsAreCoveredByAWhenToGetHelpSectionAndSafetyWarnings() {
		for (String slug : List.of("what-causes-leg-cramps", "night-leg-cramps", "when-leg-pain-is-not-a-cramp",
				"quinine-for-leg-cramps", "leg-cramps-in-pregnancy", "diuretics-and-leg-cramps")) {
			Article article = find(slug);
			assertThat(article.getSections()).as(slug).extracting(Article.Section::heading).contains("When to get help");
		}
		assertThat(find("quinine-for-leg-cramps").getHtml()).containsIgnoringCase("life-threatening");
		assertThat(find("fluids-and-leg-cramps").getHtml()).containsIgnoringCase("sodium");
		assertThat(find("other-medicines-linked-to-leg-cramps").getHtml()).containsIgnoringCase("statin");
		assertThat(find("diuretics-and-leg-cramps").getHtml()).containsIgnoringCase("do not stop")
			.containsIgnoringCase("prescribe");
	}

	@Test
	void everyHubIsReviewedAndCitesItsSources() {
		assertThat(snapshot.topics()).isNotEmpty().allSatisfy((topic) -> {
			assertThat(topic.getReviewed()).as(topic.getSlug()).isNotNull();
			assertThat(topic.getNextReview()).as(topic.getSlug()).isAfter(topic.getReviewed());
			assertThat(topic.getSources()).as(topic.getSlug()).hasSizeGreaterThanOrEqualTo(2);
		});
	}

	private static Article find(String slug) {
		return snapshot.articles().stream().filter((a) -> a.getSlug().equals(slug)).findFirst().orElseThrow();
	}

}
