package guide.legcramps.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import guide.legcramps.search.SearchablePage.ResultCard;

/**
 * Every public article A to Z, grouped under its title's first letter, for the page a static copy
 * of the site shows in place of search (a browser's find in page then searches every summary).
 */
record ArticlesAToZ(List<Letter> letters, int count) {

	static final String PATH = SearchPaths.A_TO_Z;

	/** One letter's articles; {@code anchor} is the id of its heading, {@code href} the link to it. */
	record Letter(String letter, String anchor, String href, List<ResultCard> articles) {
	}

	/** @param articles sorted A to Z */
	static ArticlesAToZ of(List<ResultCard> articles) {
		Map<String, List<ResultCard>> byLetter = new LinkedHashMap<>();
		for (ResultCard article : articles) {
			byLetter.computeIfAbsent(initial(article.title()), (k) -> new ArrayList<>()).add(article);
		}
		List<Letter> letters = new ArrayList<>();
		byLetter.forEach((letter, list) -> {
			String anchor = letter.equals("#") ? "other" : "letter-" + letter.toLowerCase(Locale.ROOT);
			letters.add(new Letter(letter, anchor, "#" + anchor, List.copyOf(list)));
		});
		return new ArticlesAToZ(List.copyOf(letters), articles.size());
	}

	/** The title's first letter without its accent ("É" is "E"); "#" for a title that starts otherwise. */
	private static String initial(String title) {
		String folded = Normalizer.normalize(title, Normalizer.Form.NFD);
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? String.valueOf(Character.toUpperCase(c)) : "#";
			}
		}
		return "#";
	}

}
