package guide.legcramps.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;


/**
 * A reader's words as Lucene queries, scored by BM25: any of the words (or their synonyms) in any
 * searched field, each field with its weight ({@link PageDocuments#RANKED}), plus a bonus where the
 * words stand together as a phrase ({@link PageDocuments#PHRASES}): give or take
 * {@value #PHRASE_SLOP} words in the title and summary, exactly (stop words aside) in the body.
 * Phrases are built without synonyms: a synonym graph over many words can spell out more paths than
 * a query should ever hold. {@code snippets} is the same words in the body alone, all the
 * highlighter needs. (The weight of a page's kind is applied to the scores afterwards: see
 * {@link SiteSearch}.)
 */
record RankedQuery(Query query, Query snippets) {

	static final int PHRASE_SLOP = 2;

	/** The query, or null when the text holds no word to search for (only stop words or punctuation). */
	static RankedQuery of(String text, Analyzer withSynonyms) {
		BooleanQuery.Builder matches = new BooleanQuery.Builder();
		BooleanQuery.Builder snippets = new BooleanQuery.Builder();
		QueryBuilder words = new QueryBuilder(withSynonyms);
		boolean any = false;
		for (Map.Entry<String, Float> field : PageDocuments.RANKED.entrySet()) {
			Query found = words.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
			if (found != null) {
				matches.add(new BoostQuery(found, field.getValue()), Occur.SHOULD);
				any = true;
				if (field.getKey().equals(PageDocuments.BODY)) {
					snippets.add(found, Occur.SHOULD);
				}
			}
		}
		if (!any) {
			return null;
		}
		QueryBuilder phrases = new QueryBuilder(Analysis.TYPED);
		for (Map.Entry<String, Float> field : PageDocuments.PHRASES.entrySet()) {
			// in the long body, only the words exactly as typed: a sloppy phrase costs far more there
			int slop = field.getKey().equals(PageDocuments.BODY) ? 0 : PHRASE_SLOP;
			if (phrases.createPhraseQuery(field.getKey(), text, slop) instanceof PhraseQuery phrase) {
				matches.add(new BoostQuery(phrase, field.getValue()), Occur.SHOULD);
				if (field.getKey().equals(PageDocuments.BODY)) {
					snippets.add(phrase, Occur.SHOULD);
				}
			}
		}
		return new RankedQuery(matches.build(), snippets.build());
	}

}
