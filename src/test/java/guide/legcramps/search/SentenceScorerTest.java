package guide.legcramps.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceScorerTest {

	@Test
	void scoresEveryPassageExactlyAsLucenesScorerDoes() {
		Random random = new Random(16);
		String[] words = { "magnesium", "cramp", "night", "stretch", "calf" };
		PassageScorer lucene = new PassageScorer();
		PassageScorer ours = new SentenceScorer();
		for (int round = 0; round < 2_000; round++) {
			Passage passage = new Passage();
			int start = random.nextInt(5_000);
			passage.setStartOffset(start);
			passage.setEndOffset(start + 20 + random.nextInt(300));
			int matches = random.nextInt(8);
			for (int i = 0; i < matches; i++) {
				String word = words[random.nextInt(words.length)];
				// a term's frequency in the document is the same wherever it matches
				int inDoc = 1 + Math.floorMod(word.hashCode(), 17);
				int at = start + i * 2;
				passage.addMatch(at, at + 1, new BytesRef(word), inDoc);
			}
			int contentLength = passage.getEndOffset() + random.nextInt(20_000);
			assertThat(ours.score(passage, contentLength)).as("round " + round)
				.isEqualTo(lucene.score(passage, contentLength));
		}
	}

}
