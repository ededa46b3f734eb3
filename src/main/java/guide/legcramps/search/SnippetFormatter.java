package guide.legcramps.search;

import java.util.Arrays;
import java.util.Comparator;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * A snippet from the highlighter's best passages (each a whole sentence): the matches in
 * {@code <mark>}, everything else escaped, passages apart joined by an ellipsis. Of the candidates,
 * the {@value #SENTENCES} best that say something are kept: a passage shorter than
 * {@value #MIN_LENGTH} characters ("Magnesium." alone, a list item of one word) only when there is
 * no longer one.
 */
final class SnippetFormatter extends DefaultPassageFormatter {

	/** Passages shown per result. */
	static final int SENTENCES = 2;

	/** Passages the highlighter is asked for, to choose {@value #SENTENCES} from. */
	static final int CANDIDATES = 5;

	static final int MIN_LENGTH = 40;

	SnippetFormatter() {
		super("<mark>", "</mark>", " \u2026 ", true);
	}

	@Override
	public String format(Passage[] passages, String content) {
		Passage[] telling = Arrays.stream(passages)
			.filter((p) -> p.getEndOffset() - p.getStartOffset() >= MIN_LENGTH)
			.toArray(Passage[]::new);
		Passage[] best = Arrays.stream((telling.length > 0) ? telling : passages)
			.sorted(Comparator.comparingDouble(Passage::getScore).reversed())
			.limit(SENTENCES)
			.sorted(Comparator.comparingInt(Passage::getStartOffset))
			.toArray(Passage[]::new);
		return super.format(best, content);
	}

}
