package guide.legcramps.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A content file read into typed fields. Each keeps its {@link Origin} so later stages can report a
 * problem at the line of the field that caused it.
 */
sealed interface Document {

	Origin origin();

	default String slug() {
		return origin().slug();
	}

	/** Where a document came from: its file, front matter (for key lines), body and problems. */
	record Origin(String path, ContentKind kind, String slug, FrontMatter frontMatter, String body, int bodyLine,
			Problems problems) {
	}

	record Topic(Origin origin, String title, String summary, List<String> alsoKnownAs) implements Document {
	}

	record Article(Origin origin, String title, String summary, String topic, List<String> tags, String author,
			LocalDate published, LocalDate reviewed, LocalDate nextReview, List<String> related,
			List<Citation> sources, boolean draft, List<String> aliases) implements Document {

		/** Drafts are never public; a future {@code published} date is public from the start of that day. */
		boolean isPublicOn(LocalDate today) {
			return !this.draft && !this.published.isAfter(today);
		}

	}

	record Tag(Origin origin, String title, String summary) implements Document {
	}

	record Author(Origin origin, String name, String role, String credentials) implements Document {
	}

	record Page(Origin origin, String title, String summary) implements Document {
	}

	/** One entry of an article's sources. {@code authors} and {@code year} are optional. */
	record Citation(String title, String authors, String publisher, Integer year, String url) {
	}

}
