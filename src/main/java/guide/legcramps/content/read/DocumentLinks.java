package guide.legcramps.content.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a web address reaches a document or only a place to look for one: a site's home page,
 * a section or listing page, or a page of search results. A reader checking a claim must reach the
 * document in one click, so each of those is a warning wherever the site would link it.
 */
public final class DocumentLinks {

	/** What every warning about such an address ends with. */
	public static final String ADVICE = "link the document itself, or give its DOI or PMID";

	/** Query parameters that carry what a reader searched for. */
	private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "query", "term", "terms", "search",
			"searchterm", "keyword", "keywords", "text", "s", "k");

	private static final Set<String> SEARCH_SEGMENTS = Set.of("search", "results", "search-results",
			"searchresults");

	/** Last path segments that name a list of documents rather than one. */
	private static final Set<String> LISTING_SEGMENTS = Set.of("news", "topics", "conditions", "publications",
			"guidance", "articles", "category", "categories", "tag", "tags", "archive", "archives", "a-z", "az",
			"index", "default", "medicines", "list", "latest", "collections", "subjects", "browse", "all");

	/** A home page by another name: {@code /index.html}, {@code /home}, a language's root ({@code /en}, {@code /en-gb}). */
	private static final Pattern HOME_SEGMENT = Pattern.compile("(index|default)(\\.[a-z]+)?|home|[a-z]{2}(-[a-z]{2})?");

	private DocumentLinks() {
	}

	/**
	 * "a site's home page", "a search-results page" or "a section or listing page"; null for an
	 * address that looks like a document's, or that is not a web address at all (other checks
	 * report those).
	 */
	public static String whyNotADocument(String address) {
		URI uri;
		try {
			uri = new URI(address);
		}
		catch (URISyntaxException ex) {
			return null;
		}
		String scheme = uri.getScheme();
		if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
			return null;
		}
		List<String> segments = segments(uri.getPath());
		if (isSearch(uri, segments)) {
			return "a search-results page";
		}
		if (segments.isEmpty() || (segments.size() == 1 && HOME_SEGMENT.matcher(segments.get(0)).matches())) {
			return "a site's home page";
		}
		String last = segments.get(segments.size() - 1).replaceFirst("\\.[a-z]+$", "");
		// one word below the home page, with nothing that names a document: no number, no file
		// extension, no query (/drug-safety-update, /pregnancy/)
		boolean section = segments.size() == 1 && uri.getRawQuery() == null
				&& !segments.get(0).matches(".*[0-9.].*");
		return (section || LISTING_SEGMENTS.contains(last)) ? "a section or listing page" : null;
	}

	/** A warning at a field whose address is not a document's. */
	static void warnIfNotADocument(FrontMatter fields, String key, String address) {
		String why = (address != null) ? whyNotADocument(address) : null;
		if (why != null) {
			fields.warning(key, "'" + key + "' " + address + " is " + why + ": " + ADVICE);
		}
	}

	private static boolean isSearch(URI uri, List<String> segments) {
		if (uri.getHost().toLowerCase(Locale.ROOT).startsWith("search.")
				|| segments.stream().anyMatch(SEARCH_SEGMENTS::contains)) {
			return true;
		}
		String query = uri.getRawQuery();
		if (query == null) {
			return false;
		}
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			String name = ((equals >= 0) ? parameter.substring(0, equals) : parameter).toLowerCase(Locale.ROOT);
			if (SEARCH_PARAMETERS.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> segments(String path) {
		List<String> segments = new ArrayList<>();
		if (path != null) {
			for (String segment : path.split("/")) {
				if (!segment.isEmpty()) {
					segments.add(segment.toLowerCase(Locale.ROOT));
				}
			}
		}
		return segments;
	}

}
