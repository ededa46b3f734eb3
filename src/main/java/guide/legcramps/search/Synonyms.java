package guide.legcramps.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Other names from the content, as Lucene's synonym map: each of a topic's {@code also_known_as}
 * and {@code search_terms}, and each of a tag's {@code search_terms}, leads to that topic's or tag's
 * title ("water tablets" also searches for "Diuretics"). One way only: a title does not lead to every
 * other name, so the red-flags tag's terms do not turn "chest pain" into "swollen calf".
 */
final class Synonyms {

	/** One other name and the title it leads to. */
	record Synonym(String name, String title) {
	}

	private Synonyms() {
	}

	/** The map, or null when there are no synonyms. */
	static SynonymMap map(List<Synonym> synonyms) {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		int added = 0;
		for (Synonym synonym : synonyms) {
			CharsRef name = key(synonym.name());
			CharsRef title = key(synonym.title());
			if (name != null && title != null && !name.equals(title)) {
				builder.add(name, title, true);
				added++;
			}
		}
		if (added == 0) {
			return null;
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			// built in memory
			throw new UncheckedIOException(ex);
		}
	}

	/** A name's words as a query's synonym filter meets them, joined as the map wants them. */
	private static CharsRef key(String text) {
		List<String> words = Analysis.terms(Analysis.SYNONYM_KEYS, text);
		if (words.isEmpty()) {
			return null;
		}
		CharsRefBuilder joined = new CharsRefBuilder();
		return SynonymMap.Builder.join(words.toArray(String[]::new), joined);
	}

}
