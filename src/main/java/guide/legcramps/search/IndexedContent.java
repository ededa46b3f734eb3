package guide.legcramps.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;

import guide.legcramps.search.SearchablePage.ResultCard;

/**
 * One content set as search sees it, fixed once made: a point-in-time reader of the index, the
 * query analyzer with that set's synonyms, the highlighter, what each hit shows and the text its
 * snippet is cut from (by Lucene doc id, for this reader), the articles A to Z and the warning signs.
 * The index makes one per load and swaps it in under the content switch. A search holds a reference
 * for as long as it reads ({@link #tryAcquire}, {@link #release}), so a reader is closed only when
 * no search uses it any more.
 */
final class IndexedContent {

	/** How much of a page's text the highlighter reads: all of it (a content file is at most 1 MiB). */
	private static final int MAX_TEXT = 1 << 20;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Analyzer queryAnalyzer;

	private final UnifiedHighlighter highlighter;

	private final ResultCard[] cards;

	private final String[] texts;

	private final float[] weights;

	private final int lighterPages;

	private final List<ResultCard> articlesAToZ;

	private final WarningSigns warningSigns;

	/**
	 * @param reader a reader whose one reference this object now owns
	 * @param pages every page, by id
	 * @param texts each page's body text as indexed, by id
	 */
	IndexedContent(DirectoryReader reader, Analyzer queryAnalyzer, Map<String, SearchablePage> pages,
			Map<String, String> texts, List<ResultCard> articlesAToZ, WarningSigns warningSigns) throws IOException {
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.queryAnalyzer = queryAnalyzer;
		this.cards = new ResultCard[reader.maxDoc()];
		this.texts = new String[reader.maxDoc()];
		this.weights = new float[reader.maxDoc()];
		int lighter = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			SortedDocValues ids = DocValues.getSorted(leaf.reader(), PageDocuments.ID);
			Bits live = leaf.reader().getLiveDocs();
			for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
				if (live == null || live.get(doc)) {
					String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
					SearchablePage page = pages.get(id);
					this.cards[leaf.docBase + doc] = page.card();
					this.texts[leaf.docBase + doc] = texts.get(id);
					this.weights[leaf.docBase + doc] = page.kind().weight;
					lighter += (page.kind().weight < 1f) ? 1 : 0;
				}
			}
		}
		this.lighterPages = lighter;
		// passages are whole sentences: the text marks where each ends
		UnifiedHighlighter.Builder highlighting = UnifiedHighlighter.builder(this.searcher, PageDocuments.ANALYZER)
			.withBreakIterator(() -> new CustomSeparatorBreakIterator(PageText.SENTENCE_END))
			.withFormatter(new SnippetFormatter())
			.withMaxLength(MAX_TEXT)
			.withMaxNoHighlightPassages(0)
			.withWeightMatches(false)
			.withHighlightPhrasesStrictly(false)
			.withHandleMultiTermQuery(false);
		this.highlighter = new UnifiedHighlighter(highlighting) {

			/** The text comes from beside the index, by doc id: nothing is stored in it. */
			@Override
			protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
					throws IOException {
				List<CharSequence[]> values = new ArrayList<>();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					CharSequence[] forDoc = new CharSequence[fields.length];
					for (int i = 0; i < fields.length; i++) {
						forDoc[i] = fields[i].equals(PageDocuments.BODY) ? IndexedContent.this.texts[doc] : null;
					}
					values.add(forDoc);
				}
				return values;
			}

		};
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

	/** What the hit with this Lucene doc id shows. */
	ResultCard card(int doc) {
		return this.cards[doc];
	}

	/** The weight of the kind of the hit's page ({@link SearchablePage.Kind}). */
	float weight(int doc) {
		return this.weights[doc];
	}

	/** How many pages weigh less than 1. */
	int lighterPages() {
		return this.lighterPages;
	}

	List<ResultCard> articlesAToZ() {
		return this.articlesAToZ;
	}

	WarningSigns warningSigns() {
		return this.warningSigns;
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
