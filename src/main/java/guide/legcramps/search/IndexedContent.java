package guide.legcramps.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import guide.legcramps.search.SearchablePage.ResultCard;

/**
 * One content set as search sees it, fixed once made: a point-in-time reader of the index, the
 * query analyzer with that set's synonyms, the highlighter, what each result shows, the articles A
 * to Z and the warning signs. The index makes one per load and swaps it in under the content
 * switch. A search holds a reference for as long as it reads ({@link #tryAcquire}, {@link #release}),
 * so a reader is closed only when no search uses it any more.
 */
final class IndexedContent {

	/** How much of a page's text the highlighter reads: all of it (a content file is at most 1 MiB). */
	private static final int MAX_TEXT = 1 << 20;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Analyzer queryAnalyzer;

	private final UnifiedHighlighter highlighter;

	private final Map<String, ResultCard> cards;

	private final List<ResultCard> articlesAToZ;

	private final WarningSigns warningSigns;

	/** @param reader a reader whose one reference this object now owns */
	IndexedContent(DirectoryReader reader, Analyzer queryAnalyzer, Map<String, ResultCard> cards,
			List<ResultCard> articlesAToZ, WarningSigns warningSigns) {
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.queryAnalyzer = queryAnalyzer;
		// passages are whole sentences: every block of a page ends with a paragraph separator, a hard break
		this.highlighter = UnifiedHighlighter.builder(this.searcher, PageDocuments.ANALYZER)
			.withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ENGLISH))
			.withFormatter(new SnippetFormatter())
			.withMaxLength(MAX_TEXT)
			.withMaxNoHighlightPassages(0)
			.build();
		this.cards = cards;
		this.articlesAToZ = articlesAToZ;
		this.warningSigns = warningSigns;
	}

	IndexSearcher searcher() {
		return this.searcher;
	}

	DirectoryReader reader() {
		return this.reader;
	}

	Analyzer queryAnalyzer() {
		return this.queryAnalyzer;
	}

	UnifiedHighlighter highlighter() {
		return this.highlighter;
	}

	ResultCard card(String id) {
		return this.cards.get(id);
	}

	List<ResultCard> articlesAToZ() {
		return this.articlesAToZ;
	}

	WarningSigns warningSigns() {
		return this.warningSigns;
	}

	int pages() {
		return this.cards.size();
	}

	/** Takes a reference for a search; false when this set has already been let go. */
	boolean tryAcquire() {
		return this.reader.tryIncRef();
	}

	void release() {
		try {
			this.reader.decRef();
		}
		catch (IOException ex) {
			// closing an in-memory reader does no I/O
			throw new UncheckedIOException(ex);
		}
	}

}
