package guide.legcramps.command;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.properties.bind.DefaultValue;

import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.load.ContentBuilder;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.site.SiteProperties;

/**
 * {@code java -jar legcramps.jar validate [--site.content-dir=DIR]}: checks every content file
 * without starting the web server or the database, prints every problem, sorted, then a summary
 * line. Exit status 1 when there is any error; warnings alone exit 0.
 */
public final class ValidateCommand {

	private ValidateCommand() {
	}

	/**
	 * The {@code site.*} settings from {@code --site.x=y} arguments, then {@code SITE_X} environment
	 * variables, then each setting's {@code @DefaultValue}. Spring Boot's Binder does the same for
	 * the web application, but loading it costs about half a second, a sixth of an editor's wait.
	 */
	static SiteProperties settings(String[] args, Map<String, String> environment) {
		RecordComponent[] components = SiteProperties.class.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		Constructor<SiteProperties> constructor;
		try {
			constructor = SiteProperties.class.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			String name = settingName(component);
			String value = environment.get("SITE_" + name.replace('-', '_').toUpperCase(Locale.ROOT));
			for (String arg : args) {
				if (arg.startsWith("--site." + name + "=")) {
					value = arg.substring(("--site." + name + "=").length());
				}
			}
			if (value == null) {
				value = constructor.getParameters()[i].getAnnotation(DefaultValue.class).value()[0];
			}
			values[i] = convert(value, types[i], name);
		}
		try {
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A component's setting name after {@code site.}: {@code pageCacheMb} is {@code page-cache-mb}. */
	static String settingName(RecordComponent component) {
		return component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
	}

	private static Object convert(String value, Class<?> type, String name) {
		try {
			if (type == Path.class) {
				return Path.of(value);
			}
			if (type == ZoneId.class) {
				return ZoneId.of(value);
			}
			if (type == boolean.class) {
				return Boolean.parseBoolean(value);
			}
			if (type == int.class) {
				return Integer.parseInt(value);
			}
			if (type == long.class) {
				return Long.parseLong(value);
			}
			if (type == double.class) {
				return Double.parseDouble(value);
			}
			return value;
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("site." + name + ": '" + value + "' is not a valid " + type.getSimpleName());
		}
	}

	public static int run(String[] args, Clock clock, PrintStream out) {
		SiteProperties site;
		try {
			site = settings(args, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			out.println("validate: " + ex.getMessage());
			return 2;
		}
		long start = System.nanoTime();
		ContentSnapshot snapshot = new ContentBuilder(new MarkdownRenderer(),
				new RelatedArticles(site.relatedLimit(), site.relatedTopicBonus()))
			.build(site.contentDir(), LocalDate.now(clock.withZone(site.timeZone())));
		snapshot.problems().forEach(out::println);
		out.printf("%s: %d topics, %d articles (%d drafts, %d scheduled), %d tags, %d authors, %d pages;"
				+ " %d errors, %d warnings (%d ms)%n", site.contentDir(), snapshot.topics().size(),
				snapshot.articles().size(), snapshot.drafts(), snapshot.scheduled(), snapshot.tags().size(),
				snapshot.authors().size(), snapshot.pages().size(), snapshot.errorCount(), snapshot.warningCount(),
				(System.nanoTime() - start) / 1_000_000);
		return (snapshot.errorCount() > 0) ? 1 : 0;
	}

}
