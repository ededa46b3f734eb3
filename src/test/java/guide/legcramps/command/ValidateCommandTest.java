package guide.legcramps.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import guide.legcramps.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

	private static final Clock JUNE = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	private record Run(int status, List<String> lines) {
	}

	private static Run run(Clock clock, String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ValidateCommand.run(args, clock, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Run(status, bytes.toString(StandardCharsets.UTF_8).lines().toList());
	}

	@Test
	void printsEveryProblemSortedThenASummaryAndFailsOnErrors() {
		Run run = run(JUNE, "--site.content-dir=src/test/resources/fixtures/problems");
		assertThat(run.status()).isEqualTo(1);
		List<String> problems = run.lines().subList(0, run.lines().size() - 1);
		assertThat(problems).hasSize(52).isSortedAccordingTo(String::compareTo);
		assertThat(problems).contains(
				"src/test/resources/fixtures/problems/articles/typo-tag.md:5:1: error: unknown tag 'bata' (no file tags/bata.md); did you mean 'beta'?",
				"src/test/resources/fixtures/problems/articles/review-overdue.md:9:1: warning: review overdue since 2026-03-01");
		assertThat(run.lines().get(run.lines().size() - 1)).matches(
				"src/test/resources/fixtures/problems: 1 topics, 9 articles \\(1 drafts, 1 scheduled\\), 3 tags, 1 authors, 1 pages; 45 errors, 7 warnings \\(\\d+ ms\\)");
	}

	@Test
	void theShippedContentPassesWithNothingToReport() {
		Run run = run(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), "--site.content-dir=content");
		assertThat(run.status()).isZero();
		assertThat(run.lines()).hasSize(1);
		assertThat(run.lines().get(0)).startsWith("content: 2 topics, ").contains("0 errors, 0 warnings");
	}

	@Test
	void readsSettingsFromArgumentsThenTheEnvironmentThenTheirDefaults() {
		SiteProperties defaults = ValidateCommand.settings(new String[0], java.util.Map.of());
		assertThat(defaults).isEqualTo(new SiteProperties(java.nio.file.Path.of("content"), "http://localhost:8080",
				false, 5, 0.5, 10, java.time.ZoneId.of("UTC"), false, 64, 15000, false));
		SiteProperties set = ValidateCommand.settings(
				new String[] { "--site.content-dir=/tmp/x", "--site.related-topic-bonus=1.5" },
				java.util.Map.of("SITE_TIME_ZONE", "Europe/London", "SITE_CONTENT_DIR", "/ignored", "SITE_PAGE_SIZE", "7"));
		assertThat(set.contentDir()).isEqualTo(java.nio.file.Path.of("/tmp/x"));
		assertThat(set.relatedTopicBonus()).isEqualTo(1.5);
		assertThat(set.timeZone()).isEqualTo(java.time.ZoneId.of("Europe/London"));
		assertThat(set.pageSize()).isEqualTo(7);
	}

	@Test
	void aBadSettingIsReportedNotThrown() {
		Run run = run(JUNE, "--site.time-zone=Mars/Olympus");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.lines()).containsExactly("validate: site.time-zone: 'Mars/Olympus' is not a valid ZoneId");
	}

	@Test
	void warningsAloneExitZero() {
		Run run = run(JUNE, "--site.content-dir=src/test/resources/fixtures/site");
		assertThat(run.status()).isZero();
		assertThat(run.lines()).hasSize(1);
	}

	@Test
	void mistakesInTheBibliographyAndTheCitationsAreErrorsWithTheirFileAndLine() {
		Run run = run(JUNE, "--site.content-dir=src/test/resources/fixtures/citations");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.lines()).contains(
				"src/test/resources/fixtures/citations/articles/unknown-citation.md:10:35: error: unknown reference 'garrison-2020-magnesum' (references.yaml has no entry with that id); did you mean 'garrison-2020-magnesium'?",
				"src/test/resources/fixtures/citations/references.yaml:71:1: error: reference 11: 'DOI' 10.1002/14651858.cd009402.PUB3 is also the DOI of reference 'garrison-2020-magnesium'; each work is listed once",
				"src/test/resources/fixtures/citations/references.yaml:87:1: warning: reference 16: 'URL' https://www.fda.gov/ is a site's home page: link the document itself, or give its DOI or PMID");
		assertThat(run.lines().get(run.lines().size() - 1)).contains("; 16 errors, 7 warnings");
	}

}
