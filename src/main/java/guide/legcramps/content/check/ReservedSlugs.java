package guide.legcramps.content.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.render.RenderedDocument;

/** A standalone page is served at {@code /<slug>}, so it may not take a path the site serves itself. */
final class ReservedSlugs {

	/** Paths the site serves itself, which a page slug may not take. */
	static final Set<String> RESERVED_SLUGS = Set.of("articles", "tags", "topics", "authors", "pages", "actuator",
			"error", "css", "images", "favicon", "feed", "sitemap", "robots", "search", "page", "static", "assets",
			"_content");

	private ReservedSlugs() {
	}

	static void removeReservedPages(Map<String, RenderedDocument<Document.Page>> pages, List<ContentProblem> problems) {
		for (RenderedDocument<Document.Page> page : List.copyOf(pages.values())) {
			if (RESERVED_SLUGS.contains(page.document().slug())) {
				problems.add(new ContentProblem(page.path(), 1, 1, Severity.ERROR, "page slug '"
						+ page.document().slug() + "' is reserved for the site's own pages; rename the file"));
				pages.remove(page.document().slug());
			}
		}
	}

}
