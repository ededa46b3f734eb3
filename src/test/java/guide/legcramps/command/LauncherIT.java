package guide.legcramps.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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

import org.springframework.util.FileSystemUtils;

import guide.legcramps.FixtureCopy;

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

	/** A site started by the launcher on a free loopback port, with its output as it comes. */
	private record Site(Process process, int port, LinkedBlockingQueue<String> output, Thread reader) {

		static Site start(String... args) throws Exception {
			List<String> command = launcher(LAUNCHER, "--server.port=0", "--server.address=127.0.0.1");
			command.addAll(List.of(args));
			ProcessBuilder builder = new ProcessBuilder(command);
			builder.environment().remove("JAVA_HOME");
			builder.environment().remove("JAVA_OPTS");
			builder.redirectErrorStream(true);
			Process process = builder.start();
			LinkedBlockingQueue<String> output = new LinkedBlockingQueue<>();
			Thread reader = Thread.ofVirtual().start(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					in.lines().forEach(output::add);
				}
				catch (IOException ex) {
					// the process is gone
				}
			});
			Pattern started = Pattern.compile(".* started on port (\\d+).*");
			List<String> seen = new ArrayList<>();
			while (true) {
				String line = output.poll(120, TimeUnit.SECONDS);
				assertThat(line).as("a start-up line within 120 s; so far:\n" + String.join("\n", seen)).isNotNull();
				seen.add(line);
				Matcher matcher = started.matcher(line);
				if (matcher.matches()) {
					output.addAll(seen);
					return new Site(process, Integer.parseInt(matcher.group(1)), output, reader);
				}
			}
		}

		HttpResponse<String> get(String path) throws Exception {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
		}

		String log() {
			return String.join("\n", this.output);
		}

	}

	@Test
	void theLauncherBecomesTheJvmServesTheSiteInAotModeAndStopsGracefullyOnSigterm() throws Exception {
		Site site = Site.start("--site.content-dir=src/test/resources/fixtures/site");
		try {
			assertThat(site.process().info().command()).as("exec'd: the launcher's process is the JVM")
				.hasValueSatisfying((command) -> assertThat(command).endsWith("/bin/java"));
			assertThat(site.log()).contains("Starting AOT-processed LegCrampsApplication")
				.doesNotContain("without the AOT cache");
			HttpResponse<String> page = site.get("/articles/a01");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<h1");
			assertThat(site.get("/_content/problems").statusCode()).as("only with site.watch").isEqualTo(404);
			assertThat(site.get("/_content/preview/articles/draft-note").statusCode()).as("only with site.preview")
				.isEqualTo(404);

			// SIGTERM, as an init system sends it (Process.destroy would also close the output being read)
			site.process().toHandle().destroy();
			assertThat(site.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
			site.reader().join(10_000);
			assertThat(site.process().exitValue()).as("stopped by SIGTERM").isEqualTo(143);
			assertThat(site.log()).contains("Commencing graceful shutdown");
		}
		finally {
			site.process().destroyForcibly();
		}
	}

	/**
	 * Spring AOT decides bean conditions when the package is built; the watch and preview settings
	 * are read at start-up.
	 */
	@Test
	void watchingAndPreviewWorkThroughTheLauncher() throws Exception {
		Path content = FixtureCopy.of("launcher-watch");
		Site site = Site.start("--site.content-dir=" + content, "--site.watch=true", "--site.preview=true");
		try {
			assertThat(site.get("/_content/problems").statusCode()).isEqualTo(200);
			assertThat(site.get("/_content/preview/articles/draft-note").body()).contains("Draft: not published");
			Path article = content.resolve("articles/a01.md");
			Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$", "title: \"Watched title\""));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!site.get("/articles/a01").body().contains("Watched title")) {
				assertThat(System.nanoTime()).as("the edit is served within 30 s").isLessThan(deadline);
				Thread.sleep(100);
			}
		}
		finally {
			site.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
			FileSystemUtils.deleteRecursively(content);
		}
	}

	/**
	 * Spring AOT's code was generated without a management port, so with one the launcher starts
	 * without it: the actuator, metrics included, moves to that port and off the public one.
	 */
	@Test
	void aManagementPortThroughTheLauncherTakesTheMetricsOffThePublicPort() throws Exception {
		int managementPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			managementPort = socket.getLocalPort();
		}
		Site site = Site.start("--site.content-dir=src/test/resources/fixtures/site",
				"--management.server.port=" + managementPort, "--management.server.address=127.0.0.1");
		try {
			assertThat(site.log()).contains("starting without Spring AOT's code")
				.doesNotContain("Starting AOT-processed", "without the AOT cache");
			assertThat(site.get("/articles/a01").statusCode()).isEqualTo(200);
			assertThat(site.get("/actuator/prometheus").statusCode()).as("public port").isEqualTo(404);
			assertThat(site.get("/readyz").statusCode()).isEqualTo(200);
			HttpResponse<String> metrics = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(metrics.statusCode()).isEqualTo(200);
			assertThat(metrics.body()).contains("site_requests_total{route=\"/articles/{slug}\",status=\"200\"}");
		}
		finally {
			site.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
		}
	}

	/** The launcher (Spring AOT, the AOT cache) and the jar (neither) make the same site, byte for byte. */
	@Test
	void anExportThroughTheLauncherIsTheJarsExportByteForByte() throws Exception {
		Path byLauncher = this.temp.resolve("launcher");
		Path byJar = this.temp.resolve("jar");
		String[] args = { "--site.content-dir=src/test/resources/fixtures/site", "--site.base-url=https://legcramps.example" };
		List<String> launched = launcher(LAUNCHER, "export", byLauncher.toString());
		launched.addAll(List.of(args));
		List<String> jar = jar("export", byJar.toString());
		jar.addAll(List.of(args));
		assertThat(run(launched, null).status()).isZero();
		assertThat(run(jar, null).status()).isZero();
		List<Path> files = files(byJar);
		assertThat(files(byLauncher)).isEqualTo(files).hasSizeGreaterThan(40);
		for (Path file : files) {
			assertThat(byLauncher.resolve(file)).as(file.toString()).hasSameBinaryContentAs(byJar.resolve(file));
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
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
