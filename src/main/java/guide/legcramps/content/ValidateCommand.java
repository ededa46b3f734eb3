package guide.legcramps.content;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import guide.legcramps.SiteProperties;

/**
 * {@code java -jar legcramps.jar validate [--site.content-dir=DIR]}: checks every content file
 * without starting the web server or the database, prints every problem, sorted, then a summary
 * line. Exit status 1 when there is any error; warnings alone exit 0.
 */
public final class ValidateCommand {

	private ValidateCommand() {
	}

	public static int run(String[] args, Clock clock, PrintStream out) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		SiteProperties site = Binder.get(environment).bindOrCreate("site", SiteProperties.class);
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
