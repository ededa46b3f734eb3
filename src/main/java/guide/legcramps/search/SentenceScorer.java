package guide.legcramps.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, times a small bonus for coming early), worked out
 * without a new {@code BytesRefHash} per passage: that hash allocates a 32 KB block each time, and a
 * profile of searches at 10,000 articles had the highlighter spending most of its time allocating
 * and clearing them. A sentence holds a handful of matches, so distinct terms are found by looking
 * back over the few already seen. The scores are the same as {@link PassageScorer#score}'s, term for
 * term, so the same sentences are chosen.
 */
final class SentenceScorer extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int[] inDoc = passage.getMatchTermFreqsInDoc();
		BytesRef[] distinct = new BytesRef[matches];
		int[] inPassage = new int[matches];
		int[] docFreqs = new int[matches];
		int count = 0;
		for (int i = 0; i < matches; i++) {
			int seen = 0;
			while (seen < count && !distinct[seen].bytesEquals(terms[i])) {
				seen++;
			}
			if (seen == count) {
				distinct[count] = terms[i];
				docFreqs[count] = inDoc[i];
				count++;
			}
			inPassage[seen]++;
		}
		double score = 0d;
		for (int i = 0; i < count; i++) {
			score += tf(inPassage[i], passage.getLength()) * weight(contentLength, docFreqs[i]);
		}
		return (float) (score * norm(passage.getStartOffset()));
	}

}
