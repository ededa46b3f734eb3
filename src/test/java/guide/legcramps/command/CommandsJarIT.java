package guide.legcramps.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar's command line: help and refusals answer at once and start nothing. */
class CommandsJarIT {

	private record Result(int status, String output) {
	}

	private static Result jar(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", "target/legcramps.jar"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	@Test
	void helpPrintsTheCommandsAndSettingsAndExitsZeroWithoutStartingTheSite() throws Exception {
		for (String word : new String[] { "--help", "help" }) {
			Result result = jar(word);
			assertThat(result.status()).isZero();
			assertThat(result.output()).contains("validate", "export DIR", "--site.content-dir=", "--site.page-size=")
				.doesNotContain("Tomcat", "Started", "Loaded content");
		}
	}

	@Test
	void anUnknownCommandOrSettingPrintsTheUsageAndExitsTwo() throws Exception {
		Result word = jar("frobnicate");
		assertThat(word.status()).isEqualTo(2);
		assertThat(word.output()).startsWith("legcramps: unknown command 'frobnicate'\nusage:")
			.doesNotContain("Tomcat", "Loaded content");
		Result setting = jar("--site.page-szie=5");
		assertThat(setting.status()).isEqualTo(2);
		assertThat(setting.output()).startsWith("legcramps: unknown setting 'site.page-szie'; did you mean 'site.page-size'?")
			.contains("usage:")
			.doesNotContain("Tomcat", "Loaded content");
	}

}
