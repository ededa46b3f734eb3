package guide.legcramps.command;

import java.io.PrintStream;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.DefaultValue;

import guide.legcramps.content.check.SlugSuggestions;
import guide.legcramps.export.ExportCommand;
import guide.legcramps.site.SiteProperties;

/**
 * The jar's command line in one place: the commands and their arguments, the {@code site.*}
 * settings, {@code help}, and what a word or setting the site does not know gets (the usage, a
 * "did you mean", exit status 2) before anything starts. Every {@code --name=value} outside
 * {@code site.} is Spring Boot's and passes through unchanged.
 */
public final class Commands {

	/** Exit status for a command line the site cannot use. */
	static final int USAGE_STATUS = 2;

	private static final List<String> COMMANDS = List.of("serve", "validate", "export", "help");

	/** One line per setting, in the order of {@link SiteProperties}; the defaults come from the record. */
	private static final Map<String, String> SETTINGS = settings();

	private Commands() {
	}

	private static Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("content-dir", "folder holding topics/, articles/, tags/, authors/ and pages/");
		settings.put("base-url", "the address the site is served from, for canonical links, feeds and the sitemap");
		settings.put("strict", "refuse to start when the content has any error");
		settings.put("related-limit", "related articles shown per article");
		settings.put("related-topic-bonus", "score added to a related article in the same topic");
		settings.put("page-size", "articles per list page");
		settings.put("time-zone", "the zone in which publication and review dates are judged");
		settings.put("watch", "reload the content when a file changes (on under mvn spring-boot:run)");
		settings.put("page-cache-mb", "megabytes of made pages kept in memory; 0 keeps none");
		settings.put("publish-check-ms", "how often to check whether a scheduled article's day has started");
		settings.put("preview", "preview drafts and scheduled articles under /_content/preview/, from this machine only"
				+ " (on under mvn spring-boot:run)");
		return settings;
	}

	/** Runs the command the arguments name; every path but serving ends the JVM with the command's status. */
	public static void main(String[] args, Class<?> application) {
		Invocation invocation = parse(args, System.out, System.err);
		switch (invocation.command()) {
			case "exit" -> System.exit(invocation.status());
			case "validate" -> System.exit(ValidateCommand.run(invocation.arguments(), Clock.systemUTC(), System.out));
			case "export" -> System.exit(ExportCommand.run(invocation.arguments(), System.out, application));
			default -> {
				SpringApplication spring = new SpringApplication(application);
				// named, not found on the stack (it would be this class): Spring AOT's code is named after it
				spring.setMainApplicationClass(application);
				spring.addListeners(new ManagementPortWithoutSpringAot());
				spring.run(invocation.arguments());
			}
		}
	}

	/**
	 * What to run with which arguments; or {@code exit} with a status once {@code help} or a refusal
	 * has been printed.
	 */
	record Invocation(String command, String[] arguments, int status) {
	}

	static Invocation parse(String[] args, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		String command = (!rest.isEmpty() && !rest.get(0).startsWith("-")) ? rest.remove(0) : "serve";
		if (command.equals("help") || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
			out.print(help());
			return new Invocation("exit", new String[0], 0);
		}
		if (!COMMANDS.contains(command)) {
			return refuse(err, "unknown command '" + command + "'" + didYouMean(command, COMMANDS, ""));
		}
		for (String arg : rest) {
			String refusal = refusal(command, arg);
			if (refusal != null) {
				return refuse(err, refusal);
			}
		}
		return new Invocation(command, rest.toArray(String[]::new), 0);
	}

	/** Why an argument cannot be used with the command, or null when it can. */
	private static String refusal(String command, String arg) {
		if (arg.startsWith("--site.")) {
			int equals = arg.indexOf('=');
			String name = arg.substring("--site.".length(), (equals >= 0) ? equals : arg.length());
			if (!isSetting(name)) {
				return "unknown setting 'site." + name + "'" + didYouMean(name, SETTINGS.keySet(), "site.");
			}
			return null;
		}
		if (!arg.startsWith("-") && !command.equals("export")) {
			return "'" + arg + "' is not an argument of " + command;
		}
		return null;
	}

	/** Spring Boot binds {@code page-size}, {@code pageSize} and {@code page_size} alike. */
	private static boolean isSetting(String name) {
		String relaxed = relaxed(name);
		return SETTINGS.keySet().stream().anyMatch((setting) -> relaxed(setting).equals(relaxed));
	}

	private static String relaxed(String name) {
		return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

	private static String didYouMean(String word, Iterable<String> known, String prefix) {
		List<String> candidates = new ArrayList<>();
		known.forEach(candidates::add);
		String suggestion = SlugSuggestions.suggest(word, candidates);
		return (suggestion != null) ? "; did you mean '" + prefix + suggestion + "'?" : "";
	}

	private static Invocation refuse(PrintStream err, String message) {
		err.println("legcramps: " + message);
		err.print(usage());
		return new Invocation("exit", new String[0], USAGE_STATUS);
	}

	static String usage() {
		return """
				usage: java -jar legcramps.jar [serve] [--name=value ...]
				       java -jar legcramps.jar validate [--site.content-dir=DIR ...]
				       java -jar legcramps.jar export DIR [--site.base-url=URL] [--site.content-dir=DIR ...]
				       java -jar legcramps.jar help
				""";
	}

	static String help() {
		StringBuilder help = new StringBuilder();
		help.append("Leg Cramps Guide: a health information site built from the markdown under a content folder.\n\n");
		help.append(usage()).append('\n');
		help.append("""
				commands:
				  serve (or nothing)  run the site (http://localhost:8080; --server.port=N for another port)
				  validate            check every content file without starting the site; print each problem,
				                      then a summary. Exit 0, 1 when there is any error, 2 for bad usage
				  export DIR          write the public site into DIR as static files. Exit 0, 1 when the content
				                      had errors or an address failed, 2 for bad usage
				  help, --help        print this help

				settings, as --site.NAME=VALUE (or SITE_NAME=VALUE in the environment):
				""");
		Map<String, String> defaults = defaults();
		SETTINGS.forEach((name, meaning) -> help.append(String.format("  --site.%-22s %s (default: %s)%n",
				name + "=", meaning, defaults.get(name))));
		help.append("""

				Any other --name=value is a Spring Boot setting and is passed on unchanged, for example
				--server.port=8081, --spring.profiles.active=prod, --logging.level.root=warn.
				""");
		return help.toString();
	}

	/** Each {@link SiteProperties} component's {@code @DefaultValue}, by its setting name. */
	static Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		RecordComponent[] components = SiteProperties.class.getRecordComponents();
		Parameter[] parameters = SiteProperties.class.getDeclaredConstructors()[0].getParameters();
		for (int i = 0; i < components.length; i++) {
			DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
			defaults.put(ValidateCommand.settingName(components[i]), (value != null) ? value.value()[0] : "none");
		}
		return defaults;
	}

}
