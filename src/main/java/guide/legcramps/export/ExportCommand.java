package guide.legcramps.export;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import guide.legcramps.content.load.ContentLoadException;

/**
 * {@code java -jar legcramps.jar export DIR [--site.base-url=URL] [--site.content-dir=DIR]}: writes
 * the public site into DIR as static files, for any static host or CDN. It starts the application
 * itself on a free loopback port, so every file holds exactly the bytes the server sends, exports
 * from it ({@link SiteExport}), and stops it. Any other {@code --name=value} argument is a setting,
 * as for the server.
 * <p>
 * Exit status 0 when done; 1 when the content had errors (the pages that loaded are still exported,
 * as the server would serve them) or an address failed; 2 for bad usage: no DIR, a DIR that holds
 * something other than an earlier export, a setting that cannot be read.
 */
public final class ExportCommand {

	static final String USAGE = "usage: java -jar legcramps.jar export DIR [--site.base-url=URL] [--site.content-dir=DIR]";

	/** The export sets these itself: a loopback port nobody else needs, and the content read once. */
	private static final Map<String, String> FIXED = Map.of("server.port", "0", "server.address", "127.0.0.1",
			"site.watch", "false");

	/** Only what the export is about is logged: content problems, the load's summary, failures to start. */
	private static final Map<String, Object> QUIET = Map.of("logging.level.root", "warn",
			"logging.level.guide.legcramps.content.load.ContentLoader", "info");

	private ExportCommand() {
	}

	/** @param application the application to start and export from */
	public static int run(String[] args, PrintStream out, Class<?> application) {
		List<String> settings = new ArrayList<>();
		FIXED.forEach((name, value) -> settings.add("--" + name + "=" + value));
		Path dir;
		try {
			dir = parse(args, settings);
		}
		catch (BadUsage ex) {
			out.println(ex.getMessage());
			return 2;
		}
		ExportFolder folder;
		try {
			folder = ExportFolder.open(dir);
		}
		catch (ExportFolder.Refused ex) {
			out.println("export: " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			out.println("export: cannot create the folder " + dir + ": " + ex);
			return 2;
		}
		long start = System.nanoTime();
		SpringApplication spring = new SpringApplication(application);
		spring.setDefaultProperties(QUIET);
		spring.setMainApplicationClass(application);
		ConfigurableApplicationContext context;
		try {
			context = spring.run(settings.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			return didNotStart(ex, out);
		}
		long startUp = (System.nanoTime() - start) / 1_000_000;
		try (context) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			ExportResult result = context.getBean(SiteExport.class)
				.export(URI.create("http://127.0.0.1:" + port), folder);
			result.failures().forEach((failure) -> out.println("export: " + failure));
			out.println(result.summary(dir) + " (start-up " + startUp + " ms)");
			return result.status();
		}
		catch (IOException ex) {
			out.println("export: could not write to " + dir + ": " + ex);
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			out.println("export: interrupted");
			return 1;
		}
	}

	/** The one folder named; every setting is added to {@code settings}. */
	private static Path parse(String[] args, List<String> settings) throws BadUsage {
		Path dir = null;
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				if (dir != null) {
					throw new BadUsage("export: one folder only, not '" + dir + "' and '" + arg + "'\n" + USAGE);
				}
				dir = Path.of(arg);
				continue;
			}
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new BadUsage("export: '" + arg + "' is not a --name=value setting\n" + USAGE);
			}
			String name = arg.substring(2, arg.indexOf('='));
			if (FIXED.containsKey(name)) {
				throw new BadUsage("export: " + name + " is set by the export itself\n" + USAGE);
			}
			settings.add(arg);
		}
		if (dir == null) {
			throw new BadUsage("export: which folder? " + USAGE);
		}
		return dir;
	}

	/** Spring Boot has already logged why, with its failure analysis; this says what it means for the export. */
	private static int didNotStart(RuntimeException ex, PrintStream out) {
		if (causedBy(ex, BindException.class) || causedBy(ex, ConfigurationPropertiesBindException.class)) {
			out.println("export: a setting could not be read (see above); nothing was exported");
			return 2;
		}
		if (causedBy(ex, ContentLoadException.class)) {
			out.println("export: the content has errors and site.strict is on; nothing was exported");
			return 1;
		}
		out.println("export: the site did not start (see above); nothing was exported");
		return 1;
	}

	/** An export command line that names no folder, two folders, or a setting the export owns. */
	private static final class BadUsage extends Exception {

		BadUsage(String message) {
			super(message);
		}

	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
