import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Run by {@code mvn package} after the jar is built, on the JDK the build selected (exec-maven-plugin
 * with Maven's toolchain): turns {@code target/legcramps.jar} into {@code target/legcramps/}, the
 * application extracted as Spring Boot documents it ({@code -Djarmode=tools extract}), an AOT cache
 * made by a training run, and {@code bin/legcramps}, the launcher.
 * <p>
 * The training run is the {@code export} command on the shipped content: it starts the whole site on
 * a loopback port, loads the content, makes and fetches every page once and stops, so the cache
 * holds what a start-up and the first pages load, link and compile, and it needs no network. It runs
 * in Spring AOT mode, as the launcher does. Content errors (exit status 1 with errors counted) still
 * train the same code; anything else that goes wrong fails the build, as does a cache the JVM then
 * refuses to map: a package must not ship a launcher that is slow without saying why.
 * <p>
 * Usage: {@code java PackageLauncher.java JAR DEST CONTENT TEMPLATE}
 */
public class PackageLauncher {

	private static final long TRAINING_TIMEOUT_SECONDS = 900;

	/** The export's summary line: "...; 0 failed addresses, 0 content errors (start-up ...)". */
	private static final Pattern SUMMARY = Pattern.compile("; (\\d+) failed addresses, (\\d+) content errors");

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			fail("usage: java PackageLauncher.java JAR DEST CONTENT TEMPLATE");
		}
		Path jar = Path.of(args[0]).toAbsolutePath();
		Path dest = Path.of(args[1]).toAbsolutePath();
		Path content = Path.of(args[2]).toAbsolutePath();
		Path template = Path.of(args[3]);
		Path jdk = Path.of(System.getProperty("java.home")).toRealPath();
		String java = jdk.resolve("bin/java").toString();
		Path log = dest.resolveSibling(dest.getFileName() + "-training.log");

		deleteTree(dest);
		Files.deleteIfExists(log);
		run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dest.toString()), log,
				120, "extracting " + jar);
		Path app = dest.resolve(jar.getFileName());
		Path cache = dest.resolve("legcramps.aot");

		Path export = Files.createTempDirectory(dest.getParent(), "aot-training-");
		long start = System.nanoTime();
		int status;
		try {
			status = run(List.of(java, "-XX:AOTCacheOutput=" + cache, "-Dspring.aot.enabled=true", "-jar", app.toString(), "export",
					export.resolve("site").toString(), "--site.content-dir=" + content), log, TRAINING_TIMEOUT_SECONDS,
					"the AOT training run");
		}
		finally {
			deleteTree(export);
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000;
		// status 1 with content errors: the files that loaded trained the same code. Without any, the
		// site itself failed to answer some of its own addresses: that is a broken build.
		Matcher summary = SUMMARY.matcher(Files.readString(log, StandardCharsets.UTF_8));
		boolean contentErrors = summary.find() && Integer.parseInt(summary.group(2)) > 0;
		if (status != 0 && !(status == 1 && contentErrors)) {
			fail("the AOT training run (export of " + content + ") exited with status " + status + "; see " + log);
		}
		if (status == 1) {
			System.out.println("[launcher] the training export reported content errors (see " + log
					+ "); the cache is made from what loaded");
		}
		if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
			fail("the AOT training run left no cache at " + cache + "; see " + log);
		}
		// AOTMode=on: the JVM exits with an error instead of running on without the cache
		if (run(List.of(java, "-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-jar", app.toString(), "help"), log, 120,
				"checking the AOT cache") != 0) {
			fail("the JVM cannot use the AOT cache it just made (" + cache + "); see " + log);
		}

		Path launcher = dest.resolve("bin/legcramps");
		Files.createDirectories(launcher.getParent());
		String script = Files.readString(template, StandardCharsets.UTF_8)
			.replace("@BUILD_JDK@", jdk.toString())
			.replace("@BUILD_JDK_VERSION@", System.getProperty("java.runtime.version"));
		Files.writeString(launcher, script, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		System.out.printf("[launcher] %s: Java %s at %s, AOT cache of %d MB from a %d s training run%n", launcher,
				System.getProperty("java.runtime.version"), jdk, Files.size(cache) / (1024 * 1024), seconds);
	}

	/** Runs a command, appending its output to {@code log}; its exit status, or a failure after the time-out. */
	private static int run(List<String> command, Path log, long timeoutSeconds, String what)
			throws IOException, InterruptedException {
		Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			fail(what + " took over " + timeoutSeconds + " s; see " + log);
		}
		return process.exitValue();
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void fail(String message) {
		System.err.println("[launcher] ERROR: " + message);
		System.exit(1);
	}

}
