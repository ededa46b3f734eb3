package guide.legcramps.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade of a markdown body: {@code 0.39 * words/sentences + 11.8 * syllables/words - 15.59}.
 * Headings, code and citations ({@code [@id]}, which a reader does not read as words) are left out;
 * every paragraph, list item and table row ends a sentence, and so does {@code .}, {@code !} or
 * {@code ?} before a space. Syllables are counted by vowel groups,
 * with a silent final "e", "es" or "ed" dropped, the common heuristic of readability tools.
 */
final class Readability {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

	private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d+[.)])\\s+");

	private static final Pattern VOWELS = Pattern.compile("[aeiouy]{1,2}");

	/** A citation in pandoc's syntax, with the space before it. */
	private static final Pattern CITATION = Pattern.compile("\\s*\\[@[^\\]]*\\]");

	record Counts(int words, int sentences, int syllables) {

		double grade() {
			return 0.39 * this.words / this.sentences + 11.8 * this.syllables / this.words - 15.59;
		}

	}

	private Readability() {
	}

	static Counts count(String markdown) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String block : blocks(markdown)) {
			String text = CITATION.matcher(block).replaceAll("").replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*_`>]", "");
			for (String sentence : SENTENCE_END.split(text)) {
				Matcher matcher = WORD.matcher(sentence);
				int before = words;
				while (matcher.find()) {
					words++;
					syllables += syllables(matcher.group());
				}
				if (words > before) {
					sentences++;
				}
			}
		}
		return new Counts(words, sentences, syllables);
	}

	static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (w.matches("[0-9]+")) {
			return 1;
		}
		w = w.replaceAll("[^a-z]", "");
		if (w.length() <= 3) {
			return 1;
		}
		w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
		Matcher matcher = VOWELS.matcher(w);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return Math.max(1, count);
	}

	private static List<String> blocks(String markdown) {
		List<String> blocks = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		boolean inCode = false;
		for (String raw : markdown.split("\n")) {
			String line = raw.strip();
			if (line.startsWith("```")) {
				inCode = !inCode;
			}
			if (inCode || line.isEmpty() || line.startsWith("#") || line.startsWith("```")) {
				flush(paragraph, blocks);
				continue;
			}
			if (line.matches("^\\|?\\s*:?-{3,}.*")) {
				continue;
			}
			if (LIST_ITEM.matcher(line).find() || line.startsWith("|")) {
				flush(paragraph, blocks);
				blocks.add(LIST_ITEM.matcher(line).replaceFirst("").replace("|", " "));
				continue;
			}
			paragraph.append(line).append(' ');
		}
		flush(paragraph, blocks);
		return blocks;
	}

	private static void flush(StringBuilder paragraph, List<String> blocks) {
		if (!paragraph.isEmpty()) {
			blocks.add(paragraph.toString().strip());
			paragraph.setLength(0);
		}
	}

}
