package guide.legcramps.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import guide.legcramps.content.link.SearchTerms;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.tag.Tag;

/**
 * Warning-sign wording and the urgent-help guidance, both from the content: the {@code red-flags}
 * tag's {@code search_terms} are the phrasings ("swollen calf", "chest pain"), and its title,
 * summary and rendered body are the guidance shown above the results. Nothing here says what a
 * warning sign is; editors own every word. A query matches a phrasing when it holds all of its
 * words in any order and any form ("calf swollen and hot" holds "swollen calf").
 */
final class WarningSigns {

	static final String TAG = "red-flags";

	static final WarningSigns NONE = new WarningSigns(List.of(), null);

	private final List<Set<String>> phrasings;

	private final Guidance guidance;

	/** What the results page shows first; {@code html} is the tag's sanitised, rendered body (or null). */
	record Guidance(String title, String summary, String html, String url) {
	}

	private WarningSigns(List<Set<String>> phrasings, Guidance guidance) {
		this.phrasings = phrasings;
		this.guidance = guidance;
	}

	static WarningSigns of(ContentSnapshot snapshot, SearchTerms terms) {
		Tag tag = snapshot.tags().stream().filter((t) -> t.getSlug().equals(TAG)).findFirst().orElse(null);
		if (tag == null) {
			return NONE;
		}
		List<Set<String>> phrasings = terms.tag(TAG)
			.stream()
			.map((term) -> Set.copyOf(Analysis.terms(Analysis.STEMMED, term)))
			.filter((words) -> !words.isEmpty())
			.toList();
		return new WarningSigns(phrasings,
				new Guidance(tag.getTitle(), tag.getSummary(), tag.getHtml(), "/tags/" + tag.getSlug()));
	}

	/** The guidance when {@code query} holds a warning-sign phrasing, else null. */
	Guidance match(String query) {
		if (this.phrasings.isEmpty()) {
			return null;
		}
		Set<String> words = new HashSet<>(Analysis.terms(Analysis.TYPED, query));
		return this.phrasings.stream().anyMatch(words::containsAll) ? this.guidance : null;
	}

}
