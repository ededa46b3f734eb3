package guide.legcramps.content.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import guide.legcramps.LegCrampsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With {@code site.strict=true}, any error stops start-up with the whole list; warnings never do. */
class StrictModeTest {

	@Test
	void errorsFailStartupWithEveryProblemListed() {
		assertThatThrownBy(() -> start("src/test/resources/fixtures/problems")).isInstanceOf(ContentLoadException.class)
			.hasMessageContaining("articles/bad-date.md:7:1: error: 'published' must be a date written YYYY-MM-DD")
			.hasMessageContaining("tags/broken.md:2:1: error: missing required field 'summary'")
			.hasMessageNotContaining("warning");
	}

	@Test
	void warningsAloneDoNotFailStartup(@TempDir Path dir) throws Exception {
		Path problems = Path.of("src/test/resources/fixtures/problems");
		for (String file : List.of("topics/hub.md", "tags/alpha.md", "tags/beta.md", "authors/team.md",
				"articles/good.md", "articles/unknown-field.md", "articles/review-overdue.md", "references.yaml")) {
			Files.createDirectories(dir.resolve(file).getParent());
			Files.copy(problems.resolve(file), dir.resolve(file));
		}
		try (ConfigurableApplicationContext context = start(dir.toString())) {
			ContentSnapshot snapshot = context.getBean(ContentLoader.class).current();
			assertThat(snapshot.errorCount()).isZero();
			assertThat(snapshot.warningCount()).isEqualTo(2);
			assertThat(snapshot.articles()).hasSize(3);
		}
	}

	private static ConfigurableApplicationContext start(String dir) {
		return new SpringApplicationBuilder(LegCrampsApplication.class).run("--site.content-dir=" + dir,
				"--site.strict=true", "--server.port=0");
	}

}
