package guide.legcramps.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.load.ContentBuilder;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.content.render.MarkdownRenderer;

/**
 * The real search over the shipped {@code content/}, loaded by the real pipeline (no web, no
 * database): the index built as the loader builds it, and searched as the results page searches it.
 */
final class ShippedSearch {

	static final Path CONTENT = Path.of("content");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static ContentSnapshot snapshot;

	private ShippedSearch() {
	}

	static synchronized ContentSnapshot snapshot() {
		if (snapshot == null) {
			snapshot = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5)).build(CONTENT, TODAY);
		}
		return snapshot;
	}

	/** A search of the shipped content, with its {@code search_terms} or without them. */
	static SiteSearch search(boolean withSearchTerms) {
		SearchIndex index = withSearchTerms ? new SearchIndex() : SearchIndex.ignoringSearchTerms();
		index.prepare(snapshot()).run();
		return new SiteSearch(index);
	}

	/** The rows of a tab-separated table under {@code src/test/resources/search}, without comments. */
	static List<String[]> table(String name) {
		try {
			return Files.readAllLines(Path.of("src/test/resources/search", name))
				.stream()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The addresses of the first {@code n} results the page shows for {@code query}. */
	static List<String> top(SiteSearch search, String query, int n) {
		return search.search(SearchQuery.of(query), 1).hits().stream().limit(n).map((hit) -> hit.card().url()).toList();
	}

}
