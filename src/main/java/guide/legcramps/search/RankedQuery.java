package guide.legcramps.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import guide.legcramps.search.SearchablePage.Kind;

/**
 * A reader's words as Lucene queries, scored by BM25: any of the words (or their synonyms) in any
 * searched field, each field with its weight ({@link PageDocuments#RANKED}), plus a bonus where the
 * words stand together as a phrase, give or take {@value #PHRASE_SLOP} words
 * ({@link PageDocuments#PHRASES}). Phrases are built without synonyms: a synonym graph over many
 * words can spell out more paths than a query should ever hold. The score is multiplied by the
 * weight of the page's kind ({@link Kind}), as one clause per weight filtered to its kinds, which
 * keeps Lucene's skipping of pages that cannot reach the top. {@code snippets} is the same words
 * in the body alone, all the highlighter needs.
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
		QueryBuilder phrases = new QueryBuilder(Analysis.STEMMED);
		for (Map.Entry<String, Float> field : PageDocuments.PHRASES.entrySet()) {
			if (phrases.createPhraseQuery(field.getKey(), text, PHRASE_SLOP) instanceof PhraseQuery phrase) {
				matches.add(new BoostQuery(phrase, field.getValue()), Occur.SHOULD);
				if (field.getKey().equals(PageDocuments.BODY)) {
					snippets.add(phrase, Occur.SHOULD);
				}
			}
		}
		return new RankedQuery(weighted(matches.build()), snippets.build());
	}

	private static Query weighted(Query matches) {
		Map<Float, List<Kind>> byWeight = new TreeMap<>();
		for (Kind kind : Kind.values()) {
			byWeight.computeIfAbsent(kind.weight, (w) -> new ArrayList<>()).add(kind);
		}
		BooleanQuery.Builder weighted = new BooleanQuery.Builder();
		byWeight.forEach((weight, kinds) -> {
			BooleanQuery.Builder ofKinds = new BooleanQuery.Builder();
			kinds.forEach((kind) -> ofKinds.add(new TermQuery(new Term(PageDocuments.KIND, kind.name())), Occur.SHOULD));
			Query group = new BooleanQuery.Builder().add(matches, Occur.MUST).add(ofKinds.build(), Occur.FILTER).build();
			weighted.add((weight == 1f) ? group : new BoostQuery(group, weight), Occur.SHOULD);
		});
		return weighted.build();
	}

}
