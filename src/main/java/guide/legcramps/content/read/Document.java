package guide.legcramps.content.read;

import java.time.LocalDate;
import java.util.List;

import guide.legcramps.content.Problems;

/**
 * A content file read into typed fields. Each keeps its {@link Origin} so later stages can report a
 * problem at the line of the field that caused it.
 */
public sealed interface Document {

	Origin origin();

	/** The same document without its markdown body, which nothing needs once it is rendered. */
	Document withoutBody();

	/** The old front-matter {@code sources:} list of an article or topic; empty for the others and in the new way. */
	default List<Reference> oldSources() {
		return List.of();
	}

	/** The works an article or topic offers as further reading, by id; empty for the others. */
	default List<String> furtherReading() {
		return List.of();
	}

	default String slug() {
		return origin().slug();
	}

	/** Where a document came from: its file, front matter (for key lines), body and problems. */
	record Origin(String path, ContentKind kind, String slug, FrontMatter frontMatter, String body, int bodyLine,
			Problems problems) {

		Origin withoutBody() {
			return new Origin(this.path, this.kind, this.slug, this.frontMatter, "", this.bodyLine, this.problems);
		}

	}

	/**
	 * A topic hub; {@code reviewed}, {@code nextReview}, {@code oldSources} and {@code furtherReading}
	 * are optional.
	 */
	record Topic(Origin origin, String title, String summary, List<String> alsoKnownAs, List<String> searchTerms,
			LocalDate reviewed, LocalDate nextReview, List<Reference> oldSources, List<String> furtherReading)
			implements Document {

		@Override
		public Topic withoutBody() {
			return new Topic(this.origin.withoutBody(), this.title, this.summary, this.alsoKnownAs, this.searchTerms,
					this.reviewed, this.nextReview, this.oldSources, this.furtherReading);
		}

	}

	/**
	 * An article. Its sources are the works its text cites; {@code oldSources} is the old
	 * front-matter list ({@link OldSources}), empty in an article that cites; {@code furtherReading}
	 * names works of {@code references.yaml} offered but not cited.
	 */
	record Article(Origin origin, String title, String summary, String topic, List<String> tags, String author,
			LocalDate published, LocalDate reviewed, LocalDate nextReview, List<String> related,
			List<Reference> oldSources, List<String> furtherReading, boolean draft, List<String> aliases,
			List<String> searchTerms) implements Document {

		@Override
		public Article withoutBody() {
			return new Article(this.origin.withoutBody(), this.title, this.summary, this.topic, this.tags, this.author,
					this.published, this.reviewed, this.nextReview, this.related, this.oldSources, this.furtherReading,
					this.draft, this.aliases, this.searchTerms);
		}

		/** Drafts are never public; a future {@code published} date is public from the start of that day. */
		public boolean isPublicOn(LocalDate today) {
			return !this.draft && !this.published.isAfter(today);
		}

	}

	record Tag(Origin origin, String title, String summary, List<String> searchTerms) implements Document {

		@Override
		public Tag withoutBody() {
			return new Tag(this.origin.withoutBody(), this.title, this.summary, this.searchTerms);
		}

	}

	record Author(Origin origin, String name, String role, String credentials) implements Document {

		@Override
		public Author withoutBody() {
			return new Author(this.origin.withoutBody(), this.name, this.role, this.credentials);
		}

	}

	record Page(Origin origin, String title, String summary) implements Document {

		@Override
		public Page withoutBody() {
			return new Page(this.origin.withoutBody(), this.title, this.summary);
		}

	}

}
