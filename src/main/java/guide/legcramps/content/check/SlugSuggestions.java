package guide.legcramps.content.check;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean ...?" for a slug that differs from a known one only by case, spacing or a
 * one-letter typo (one insertion, deletion, substitution or swap of neighbours).
 */
public final class SlugSuggestions {

	private SlugSuggestions() {
	}

	/** The known slug the given one was probably meant to be, or null. */
	public static String suggest(String slug, Collection<String> known) {
		String normal = normalise(slug);
		String best = null;
		for (String candidate : known) {
			if (candidate.equals(slug)) {
				continue;
			}
			if (normalise(candidate).equals(normal)) {
				return candidate;
			}
			if (best == null && oneEditApart(normal, normalise(candidate))) {
				best = candidate;
			}
		}
		return best;
	}

	static String didYouMean(String slug, Collection<String> known) {
		String suggestion = suggest(slug, known);
		return (suggestion != null) ? "; did you mean '" + suggestion + "'?" : "";
	}

	private static String normalise(String slug) {
		return slug.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
	}

	/**
	 * Damerau-Levenshtein distance of exactly one, without building the whole matrix. Slugs that
	 * differ only in their numbers ({@code part-1}, {@code part-2}) are different on purpose.
	 */
	static boolean oneEditApart(String a, String b) {
		if (a.equals(b) || Math.abs(a.length() - b.length()) > 1
				|| a.replaceAll("[0-9]+", "#").equals(b.replaceAll("[0-9]+", "#"))) {
			return false;
		}
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			if (a.substring(i + 1).equals(b.substring(i + 1))) {
				return true;
			}
			return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2));
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (a.length() > b.length()) ? b : a;
		return longer.substring(i + 1).equals(shorter.substring(i));
	}

}
