package guide.legcramps.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code target/legcramps/bin/legcramps}, the launcher {@code mvn package} leaves beside the extracted
 * application and its AOT cache: it takes the jar's arguments and answers as the jar does, becomes
 * the JVM (so a signal stops the site gracefully), finds the Java the build used when JAVA_HOME is
 * not a Java 25, says in one line when it runs without the cache, and in one line what it needs
 * when there is no Java 25 at all.
 */
class LauncherIT {

	static final Path APP = Path.of("target/legcramps");

	static final Path LAUNCHER = APP.resolve("bin/legcramps");

	@TempDir
	Path temp;

	private record Result(int status, String out, String err) {
	}

	private static Result run(List<String> command, String javaHome) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("JAVA_HOME");
		builder.environment().remove("JAVA_OPTS");
		if (javaHome != null) {
			builder.environment().put("JAVA_HOME", javaHome);
		}
		Process process = builder.start();
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		String out = read(process.getInputStream());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), out, err.join());
	}

	private static String read(java.io.InputStream in) {
		try {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> launcher(Path launcher, String... args) {
		List<String> command = new ArrayList<>(List.of(launcher.toString()));
		command.addAll(List.of(args));
		return command;
	}

	private static List<String> jar(String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/legcramps.jar"));
		command.addAll(List.of(args));
		return command;
	}

	@Test
	void theLauncherAnswersTheJarsCommandsAsTheJarDoesWithItsCacheAndNoWordAboutIt() throws Exception {
		for (String[] args : List.of(new String[] { "help" }, new String[] { "frobnicate" },
				new String[] { "validate", "--site.content-dir=src/test/resources/fixtures/problems" })) {
			Result launched = run(launcher(LAUNCHER, args), null);
			Result jar = run(jar(args), null);
			assertThat(launched.status()).as(String.join(" ", args)).isEqualTo(jar.status());
			assertThat(launched.out().replaceAll("\\(\\d+ ms\\)", "(N ms)")).as(String.join(" ", args))
				.isEqualTo(jar.out().replaceAll("\\(\\d+ ms\\)", "(N ms)"));
			assertThat(launched.err()).as(String.join(" ", args)).isEqualTo(jar.err());
		}
		Result older = run(launcher(LAUNCHER, "help"), "/usr/lib/jvm/no-such-jdk");
		assertThat(older.status()).as("a JAVA_HOME that is no Java 25 falls back to the build's JDK").isZero();
		assertThat(older.err()).isEmpty();
	}

	@Test
	void theLauncherBecomesTheJvmServesTheSiteAndStopsGracefullyOnSigterm() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(launcher(LAUNCHER, "--server.port=0", "--server.address=127.0.0.1",
				"--site.content-dir=src/test/resources/fixtures/site"));
		builder.environment().remove("JAVA_HOME");
		builder.redirectErrorStream(true);
		Process process = builder.start();
		LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = Thread.ofVirtual().start(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				in.lines().forEach(lines::add);
			}
			catch (IOException ex) {
				// the process is gone
			}
		});
		try {
			Pattern started = Pattern.compile(".* started on port (\\d+).*");
			int port = 0;
			List<String> log = new ArrayList<>();
			while (port == 0) {
				String line = lines.poll(120, TimeUnit.SECONDS);
				assertThat(line).as("a start-up line within 120 s; so far:\n" + String.join("\n", log)).isNotNull();
				log.add(line);
				Matcher matcher = started.matcher(line);
				if (matcher.matches()) {
					port = Integer.parseInt(matcher.group(1));
				}
			}
			assertThat(process.info().command()).as("exec'd: the launcher's process is the JVM").hasValueSatisfying(
					(command) -> assertThat(command).endsWith("/bin/java"));
			assertThat(String.join("\n", log)).doesNotContain("without the AOT cache");
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/a01")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<h1");

			// SIGTERM, as an init system sends it (Process.destroy would also close the output being read)
			process.toHandle().destroy();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			reader.join(10_000);
			assertThat(process.exitValue()).as("stopped by SIGTERM").isEqualTo(143);
			assertThat(String.join("\n", lines)).contains("Commencing graceful shutdown");
		}
		finally {
			process.destroyForcibly();
		}
	}

	@Test
	void withAnotherJavaItRunsWithoutTheCacheAndSaysSoInOneLine() throws Exception {
		Path copy = copyOfLauncher("built_version='", "built_version='25.0.0+1-other");
		Result result = run(launcher(copy, "help"), null);
		assertThat(result.status()).isZero();
		assertThat(result.out()).contains("usage:");
		assertThat(result.err().lines().toList()).singleElement()
			.asString()
			.startsWith("legcramps: running without the AOT cache (it was made by Java 25.0.0+1-other");
	}

	@Test
	void withoutAnyJava25ItSaysWhatItNeedsInOneLine() throws Exception {
		Path copy = copyOfLauncher("built_jdk='", "built_jdk='/usr/lib/jvm/no-such-jdk");
		Result result = run(launcher(copy, "help"), null);
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err().lines().toList()).singleElement()
			.asString()
			.startsWith("legcramps: needs Java 25 or later: set JAVA_HOME");
	}

	/**
	 * The launcher with one recorded value replaced, in a folder of its own that links to the
	 * packaged jar, libraries and cache, as a package made on another machine would look.
	 */
	private Path copyOfLauncher(String start, String replacement) throws IOException {
		Path app = this.temp.resolve("legcramps");
		Files.createDirectories(app.resolve("bin"));
		for (String name : List.of("legcramps.jar", "lib", "legcramps.aot")) {
			Files.createSymbolicLink(app.resolve(name), APP.resolve(name).toAbsolutePath());
		}
		String script = Files.readString(LAUNCHER).replaceFirst(Pattern.quote(start) + "[^']*", Matcher.quoteReplacement(replacement));
		Path copy = app.resolve("bin/legcramps");
		Files.writeString(copy, script);
		copy.toFile().setExecutable(true);
		return copy;
	}

}
