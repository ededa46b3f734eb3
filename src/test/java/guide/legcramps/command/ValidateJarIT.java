package guide.legcramps.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar's {@code validate} command, run as an editor runs it. */
class ValidateJarIT {

	private record Result(int status, List<String> lines) {
	}

	private static Result validate(String contentDir) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-jar", "target/legcramps.jar", "validate",
				"--site.content-dir=" + contentDir)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output.lines().toList());
	}

	@Test
	void badContentExitsOneWithEveryProblemAndASummary() throws Exception {
		Result result = validate("src/test/resources/fixtures/problems");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.lines()).contains(
				"src/test/resources/fixtures/problems/articles/bad-date.md:7:1: error: 'published' must be a date written YYYY-MM-DD, not '12/01/2026'");
		assertThat(result.lines().get(result.lines().size() - 1)).contains("45 errors");
	}

	@Test
	void theShippedContentExitsZeroAndStartsNoServer() throws Exception {
		Result result = validate("content");
		assertThat(result.status()).isZero();
		assertThat(result.lines()).last().asString().contains(" 0 errors");
		assertThat(String.join("\n", result.lines())).doesNotContain("Tomcat", "Hibernate", "HikariPool");
	}

}
