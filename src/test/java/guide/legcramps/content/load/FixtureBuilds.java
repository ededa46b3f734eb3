package guide.legcramps.content.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.util.FileSystemUtils;

import guide.legcramps.article.Article;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;

/** A fixture folder built as the site builds it, or a copy of one for a test that edits it. */
final class FixtureBuilds {

	private FixtureBuilds() {
	}

	static ContentSnapshot build(Path dir, LocalDate today) {
		return new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(dir, today);
	}

	/** Every problem, as validate prints it, with the folder's path left off. */
	static List<String> problems(ContentSnapshot snapshot, Path dir) {
		return snapshot.problems()
			.stream()
			.map(ContentProblem::toString)
			.map((p) -> p.substring(dir.toString().length() + 1))
			.toList();
	}

	static Article article(ContentSnapshot snapshot, String slug) {
		return snapshot.articles().stream().filter((a) -> a.getSlug().equals(slug)).findFirst().orElseThrow();
	}

	/** The fixture copied into {@code temp}. */
	static Path copy(Path fixture, Path temp) {
		try {
			FileSystemUtils.copyRecursively(fixture, temp);
			return temp;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
