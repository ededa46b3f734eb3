package guide.legcramps.content.link;

import java.util.List;
import java.util.Map;

/**
 * The words readers may search with that a page's own text does not use ({@code search_terms} in
 * front matter), by slug, for the live articles, the tags and the topics. Kept beside the entities
 * rather than in them: no page shows them, so a change to them changes no page.
 */
public record SearchTerms(Map<String, List<String>> articles, Map<String, List<String>> tags,
		Map<String, List<String>> topics) {

	/** No search terms at all: what the text alone finds. */
	public static final SearchTerms NONE = new SearchTerms(Map.of(), Map.of(), Map.of());

	public List<String> article(String slug) {
		return this.articles.getOrDefault(slug, List.of());
	}

	public List<String> tag(String slug) {
		return this.tags.getOrDefault(slug, List.of());
	}

	public List<String> topic(String slug) {
		return this.topics.getOrDefault(slug, List.of());
	}

}
