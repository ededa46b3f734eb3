package guide.legcramps.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word of a query that the content does not know, in any form, is replaced by
 * the nearest word it does know, found by Lucene's spell checker in the index's field of words as
 * written ({@link PageDocuments#WORDS}), so a suggestion is a real word of the site and never a stem.
 * A word is known when it is written so somewhere, or when its stem is ("cramping" is known through
 * "cramps"). Short words, numbers and stop words are left as typed. Both checks count only live
 * pages: the terms of a page deleted or made a draft stay in the index's dictionary until its
 * segment is merged away, and must never be offered.
 */
final class Spelling {

	/** Shorter words have too many neighbours one or two letters away to guess from. */
	static final int MIN_LENGTH = 4;

	/** Candidates asked of the spell checker, nearest first; the first on a live page wins. */
	private static final int CANDIDATES = 5;

	private static final DirectSpellChecker CHECKER = new DirectSpellChecker();

	static {
		CHECKER.setMinQueryLength(MIN_LENGTH);
		CHECKER.setMaxQueryLength(Analysis.MAX_WORD);
	}

	private Spelling() {
	}

	/** The query with its unknown words corrected, or null when there is nothing to correct. */
	static String correct(String text, IndexSearcher searcher) {
		StringBuilder corrected = new StringBuilder();
		int from = 0;
		try {
			for (Analysis.Word word : Analysis.words(Analysis.WORDS, text)) {
				if (!worthChecking(word.term()) || isKnown(word.term(), searcher)) {
					continue;
				}
				String nearest = nearestLiveWord(word.term(), searcher);
				if (nearest != null) {
					corrected.append(text, from, word.start()).append(nearest);
					from = word.end();
				}
			}
		}
		catch (IOException ex) {
			// the index is in memory
			throw new UncheckedIOException(ex);
		}
		return (from == 0) ? null : corrected.append(text, from, text.length()).toString();
	}

	private static boolean worthChecking(String word) {
		return word.length() >= MIN_LENGTH && word.chars().allMatch(Character::isLetter)
				&& !Analysis.STOP_WORDS.contains(word);
	}

	private static String nearestLiveWord(String word, IndexSearcher searcher) throws IOException {
		SuggestWord[] nearest = CHECKER.suggestSimilar(new Term(PageDocuments.WORDS, word), CANDIDATES,
				searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		for (SuggestWord candidate : nearest) {
			if (onALivePage(PageDocuments.WORDS, candidate.string, searcher)) {
				return candidate.string;
			}
		}
		return null;
	}

	private static boolean isKnown(String word, IndexSearcher searcher) throws IOException {
		if (onALivePage(PageDocuments.WORDS, word, searcher)) {
			return true;
		}
		for (String stem : Analysis.terms(Analysis.STEMMED, word)) {
			for (String field : PageDocuments.RANKED.keySet()) {
				if (onALivePage(field, stem, searcher)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean onALivePage(String field, String term, IndexSearcher searcher) throws IOException {
		Term found = new Term(field, term);
		if (searcher.getIndexReader().numDeletedDocs() == 0) {
			return searcher.getIndexReader().docFreq(found) > 0; // no deleted page: the dictionary is exact
		}
		return searcher.count(new TermQuery(found)) > 0;
	}

}
