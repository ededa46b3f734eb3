package guide.legcramps.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The index's fields, and a page as a Lucene document. Ranking reads {@code title}, {@code summary},
 * {@code headings}, {@code labels} and {@code body}, all stemmed; the body has its offsets in the
 * postings, for snippets; {@code words} holds every word as written, for spelling suggestions only;
 * {@code id} is a doc value, to find the page a hit is. Nothing is stored: what a result shows comes
 * from the page's card, and the text a snippet is cut from is kept beside the index (reading it
 * back from Lucene's compressed stored fields was a sixth of a search's time).
 * <p>
 * A page's other names (its search terms, a topic's {@code also_known_as}) are more values of its
 * title: every page has a title, so a word's rarity there is its rarity among all the pages' names.
 * In a field of their own, held by a few pages, a word every page uses ("cramp") would count as
 * rare and outweigh the rest of the query.
 */
final class PageDocuments {

	static final String ID = "id";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String HEADINGS = "headings";

	static final String LABELS = "labels";

	static final String BODY = "body";

	static final String WORDS = "words";

	/** The fields a query searches, each with its weight: a title counts for more than the body. */
	static final Map<String, Float> RANKED = Map.of(TITLE, 4f, SUMMARY, 2f, HEADINGS, 1.5f, LABELS, 0.5f, BODY, 1f);

	/** The fields a whole-phrase match is looked for in, each with its weight on top of the words'. */
	static final Map<String, Float> PHRASES = Map.of(TITLE, 6f, SUMMARY, 3f, BODY, 2f);

	static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(Analysis.STEMMED, Map.of(WORDS, Analysis.WORDS));

	private static final FieldType SNIPPET_SOURCE = new FieldType(TextField.TYPE_NOT_STORED);

	private static final FieldType SPELLING = new FieldType(TextField.TYPE_NOT_STORED);

	static {
		SNIPPET_SOURCE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		SNIPPET_SOURCE.freeze();
		SPELLING.setIndexOptions(IndexOptions.DOCS);
		SPELLING.setOmitNorms(true);
		SPELLING.freeze();
	}

	private PageDocuments() {
	}

	static Document of(SearchablePage page, PageText text) {
		Document document = new Document();
		document.add(new StringField(ID, page.id(), Field.Store.NO));
		document.add(new SortedDocValuesField(ID, new BytesRef(page.id())));
		document.add(new TextField(TITLE, page.card().title(), Field.Store.NO));
		document.add(new TextField(SUMMARY, page.card().summary(), Field.Store.NO));
		document.add(new TextField(HEADINGS, text.headings(), Field.Store.NO));
		document.add(new Field(BODY, text.body(), SNIPPET_SOURCE));
		// each name and label is a value of its own: a phrase never runs from one into the next
		page.names().forEach((name) -> document.add(new TextField(TITLE, name, Field.Store.NO)));
		page.labels().forEach((label) -> document.add(new TextField(LABELS, label, Field.Store.NO)));
		for (String words : List.of(page.card().title(), page.card().summary(), text.headings(), text.body())) {
			document.add(new Field(WORDS, words, SPELLING));
		}
		page.names().forEach((name) -> document.add(new Field(WORDS, name, SPELLING)));
		return document;
	}

}
