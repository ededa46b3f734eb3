package guide.legcramps.content.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import guide.legcramps.content.Problems;
import guide.legcramps.content.read.Document.Origin;

/**
 * Reads one file's front matter into the typed document for its folder, checking everything that
 * can be checked within the file: required fields, types, lengths, dates and slugs.
 */
public final class DocumentReader {

	static final Set<String> TOPIC_FIELDS = Set.of("title", "summary", "also_known_as", "search_terms", "reviewed",
			"next_review", "sources", "further_reading");

	static final Set<String> ARTICLE_FIELDS = Set.of("title", "summary", "topic", "tags", "author", "published",
			"reviewed", "next_review", "related", "sources", "further_reading", "draft", "aliases",
			"search_terms");

	/** An alias is a plain absolute path: no query, no fragment, no dot segments. */
	static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern
		.compile("(/[A-Za-z0-9_~+-][A-Za-z0-9._~+-]*)+/?");

	/** How far ahead a review may be planned. */
	static final int MAX_REVIEW_YEARS = 3;

	static final Set<String> TAG_FIELDS = Set.of("title", "summary", "search_terms");

	/** A search term is a word or a short phrase a reader would type. */
	static final int MAX_SEARCH_TERM_LENGTH = 60;

	static final int MAX_SEARCH_TERMS = 40;

	static final Set<String> AUTHOR_FIELDS = Set.of("name", "role", "credentials");

	static final Set<String> PAGE_FIELDS = Set.of("title", "summary");

	static final Set<String> SOURCE_FIELDS = Set.of("title", "authors", "publisher", "year", "url");

	private final FrontMatterParser parser = new FrontMatterParser();

	private final int latestYear;

	private final boolean oldSources;

	public DocumentReader(LocalDate today) {
		this(today, OldSources.READ);
	}

	/** @param oldSources whether the old front-matter {@code sources:} list is still read ({@link OldSources}) */
	public DocumentReader(LocalDate today, boolean oldSources) {
		this.latestYear = today.getYear() + 1;
		this.oldSources = oldSources;
	}

	/** The document, or {@code null} when the file has errors (they are in {@code problems}). */
	public Document read(SourceFile file, Problems problems) {
		FrontMatterParser.Split split = this.parser.parse(file, problems);
		if (split.frontMatter() == null) {
			return null;
		}
		FrontMatter fm = split.frontMatter();
		Origin origin = new Origin(file.path(), file.kind(), file.slug(), fm, split.body(), split.bodyLine(), problems);
		Document document = switch (file.kind()) {
			case TOPIC -> topic(origin, fm);
			case ARTICLE -> article(origin, fm);
			case TAG -> tag(origin, fm);
			case AUTHOR -> author(origin, fm);
			case PAGE -> page(origin, fm);
		};
		if (file.kind() != ContentKind.TAG && split.body().isBlank()) {
			problems.error(split.bodyLine(), 1, "the body after the front matter is empty");
		}
		fm.keepOnlyKeyLines();
		return problems.hasErrors() ? null : document;
	}

	private Document topic(Origin origin, FrontMatter fm) {
		fm.reportUnknownFields(TOPIC_FIELDS);
		String title = fm.text("title", true);
		String summary = summary(fm, 10, 300);
		List<String> alsoKnownAs = fm.textList("also_known_as", false);
		LocalDate reviewed = fm.date("reviewed", false);
		LocalDate nextReview = nextReview(fm, null, reviewed);
		if (!fm.has("reviewed") && fm.has("next_review")) {
			fm.error("next_review", "'next_review' needs a 'reviewed' date before it");
		}
		return new Document.Topic(origin, title, summary, alsoKnownAs, searchTerms(fm), reviewed, nextReview,
				oldSources(fm), fm.slugList("further_reading", false));
	}

	private Document article(Origin origin, FrontMatter fm) {
		fm.reportUnknownFields(ARTICLE_FIELDS);
		String title = fm.text("title", true);
		String summary = summary(fm, 50, 300);
		String topic = fm.slug("topic", true);
		List<String> tags = fm.slugList("tags", true);
		if (fm.isList("tags") && (tags.isEmpty() || tags.size() > 8)) {
			fm.error("tags", "'tags' must list 1 to 8 tags (it lists " + tags.size() + ")");
		}
		String author = fm.slug("author", true);
		LocalDate published = fm.date("published", true);
		LocalDate reviewed = fm.date("reviewed", true);
		LocalDate nextReview = nextReview(fm, published, reviewed);
		List<String> related = fm.slugList("related", false);
		if (related.contains(origin.slug())) {
			fm.error("related", "'related' lists the article itself");
		}
		List<Reference> oldSources = oldSources(fm);
		List<String> furtherReading = fm.slugList("further_reading", false);
		boolean draft = fm.flag("draft");
		List<String> aliases = new ArrayList<>();
		for (String alias : fm.textList("aliases", false)) {
			if (!ALIAS.matcher(alias).matches()) {
				fm.error("aliases", "'aliases' entry '" + alias + "' must be a path starting with '/', such as /old-name");
			}
			else if (aliases.contains(alias)) {
				fm.error("aliases", "'aliases' lists '" + alias + "' twice");
			}
			else {
				aliases.add(alias);
			}
		}
		return new Document.Article(origin, title, summary, topic, tags, author, published, reviewed, nextReview,
				related, oldSources, furtherReading, draft, aliases, searchTerms(fm));
	}

	/**
	 * {@code next_review}, checked against {@code reviewed} (and {@code published}, when the document
	 * has one); a year after {@code reviewed} when not given.
	 */
	private static LocalDate nextReview(FrontMatter fm, LocalDate published, LocalDate reviewed) {
		LocalDate nextReview = fm.date("next_review", false);
		if (published != null && reviewed != null && reviewed.isBefore(published)) {
			fm.error("reviewed", "'reviewed' (" + reviewed + ") is before 'published' (" + published + ")");
		}
		if (reviewed != null && nextReview != null && !nextReview.isAfter(reviewed)) {
			fm.error("next_review", "'next_review' (" + nextReview + ") must be after 'reviewed' (" + reviewed + ")");
		}
		if (reviewed != null && nextReview != null && nextReview.isAfter(reviewed.plusYears(MAX_REVIEW_YEARS))) {
			fm.error("next_review", "'next_review' (" + nextReview + ") is more than " + MAX_REVIEW_YEARS
					+ " years after 'reviewed' (" + reviewed + ")");
		}
		if (reviewed != null && nextReview == null && !fm.has("next_review")) {
			nextReview = reviewed.plusYears(1);
		}
		return nextReview;
	}

	/**
	 * The old front-matter list of sources, while it is still read; an error once it is not. An
	 * article must have sources either way: {@link guide.legcramps.content.render.FileRenderer}
	 * checks that it cites some, once its text is rendered.
	 */
	private List<Reference> oldSources(FrontMatter fm) {
		if (!fm.has("sources")) {
			return List.of();
		}
		if (!this.oldSources) {
			fm.error("sources", "'sources' is no longer read: " + OldSources.NEW_WAY);
			return List.of();
		}
		List<Reference> sources = new ArrayList<>();
		List<FrontMatter> entries = fm.mappings("sources", true, "source");
		if (fm.isList("sources") && entries.isEmpty()) {
			fm.error("sources", "'sources' must list at least one source");
		}
		for (FrontMatter entry : entries) {
			Reference work = oldSource(entry);
			if (work != null) {
				sources.add(work);
			}
		}
		return List.copyOf(sources);
	}

	private Reference oldSource(FrontMatter entry) {
		entry.reportUnknownFields(SOURCE_FIELDS);
		String title = entry.text("title", true);
		String authors = entry.text("authors", false);
		String publisher = entry.text("publisher", true);
		Integer year = entry.integer("year", false, 1800, this.latestYear);
		// a work with no address known is cited in full without a link, never linked to a search
		String url = entry.text("url", false);
		if (url != null && !isWebAddress(url)) {
			entry.error("url", "'url' must be a full http:// or https:// address, not '" + url + "'");
			return null;
		}
		DocumentLinks.warnIfNotADocument(entry, "url", url);
		List<Reference.Name> names = (authors != null) ? List.of(new Reference.Name(null, null, authors)) : List.of();
		return (title != null && publisher != null)
				? new Reference(null, null, names, title, null, publisher, year, null, null, url, entry.line("title"))
				: null;
	}

	private Document tag(Origin origin, FrontMatter fm) {
		fm.reportUnknownFields(TAG_FIELDS);
		return new Document.Tag(origin, fm.text("title", true), summary(fm, 10, 300), searchTerms(fm));
	}

	private Document author(Origin origin, FrontMatter fm) {
		fm.reportUnknownFields(AUTHOR_FIELDS);
		return new Document.Author(origin, fm.text("name", true), fm.text("role", true), fm.text("credentials", false));
	}

	private Document page(Origin origin, FrontMatter fm) {
		fm.reportUnknownFields(PAGE_FIELDS);
		return new Document.Page(origin, fm.text("title", true), summary(fm, 10, 300));
	}

	/**
	 * Words a reader would search with that the text does not use ("water tablets", "RLS"): short,
	 * with a letter or digit in each, none twice (ignoring case and spacing).
	 */
	private static List<String> searchTerms(FrontMatter fm) {
		List<String> terms = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> listed = fm.textList("search_terms", false);
		if (listed.size() > MAX_SEARCH_TERMS) {
			fm.error("search_terms", "'search_terms' lists " + listed.size() + " terms; at most " + MAX_SEARCH_TERMS
					+ " are allowed");
		}
		for (String term : listed) {
			if (term.length() > MAX_SEARCH_TERM_LENGTH) {
				fm.error("search_terms", "'search_terms' entry '" + term + "' is " + term.length()
						+ " characters long; a search term is at most " + MAX_SEARCH_TERM_LENGTH);
			}
			else if (term.codePoints().noneMatch(Character::isLetterOrDigit)) {
				fm.error("search_terms", "'search_terms' entry '" + term + "' has no letter or digit");
			}
			else if (!seen.add(term.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
				fm.error("search_terms", "'search_terms' lists '" + term + "' twice");
			}
			else {
				terms.add(term);
			}
		}
		return List.copyOf(terms);
	}

	private static String summary(FrontMatter fm, int min, int max) {
		String summary = fm.text("summary", true);
		if (summary != null && (summary.length() < min || summary.length() > max)) {
			fm.error("summary", "'summary' must be " + min + " to " + max + " characters long (it has "
					+ summary.length() + ")");
		}
		return summary;
	}

	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
