package guide.legcramps.site;

import java.util.List;

/**
 * One step of a page's breadcrumb. The visible breadcrumb and the JSON-LD {@code BreadcrumbList}
 * are both printed from the same list, so they cannot disagree. {@code url} is a site path, or null
 * for a name shown as plain text (the current page, or a topic whose file did not load).
 */
public record Crumb(String name, String url) {

	public static final Crumb HOME = new Crumb("Home", "/");

	/** Home, one parent (a topic, the tag list), then the current page, which is never a link. */
	public static List<Crumb> trail(Crumb parent, String current) {
		return List.of(HOME, parent, new Crumb(current, null));
	}

}
