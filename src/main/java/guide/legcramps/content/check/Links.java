package guide.legcramps.content.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;

/** Links inside the site must reach a page, and a {@code #fragment} a heading on it. */
final class Links {

	/** Site URLs that are not content pages but may be linked to; an alias may not take them either. */
	static final Set<String> SITE_PATHS = Set.of("/", "/topics", "/tags", "/sitemap.xml", "/robots.txt", "/feed.xml");

	private Links() {
	}

	/** Removes every document with a broken link. */
	static void check(RenderedContent content, LocalDate today, List<ContentProblem> problems) {
		Map<String, RenderedDocument<?>> byUrl = new HashMap<>();
		content.topics().forEach((s, l) -> byUrl.put("/topics/" + s, l));
		content.articles().forEach((s, l) -> byUrl.put("/articles/" + s, l));
		content.tags().forEach((s, l) -> byUrl.put("/tags/" + s, l));
		content.authors().forEach((s, l) -> byUrl.put("/authors/" + s, l));
		content.pages().forEach((s, l) -> byUrl.put("/" + s, l));
		for (Map<String, ? extends RenderedDocument<?>> kind : content.kinds()) {
			for (RenderedDocument<?> source : List.copyOf(kind.values())) {
				Problems fileProblems = new Problems(source.path());
				for (MarkdownRenderer.InternalLink link : source.rendered().links()) {
					checkLink(source, link, byUrl, today, fileProblems);
				}
				problems.addAll(fileProblems.list());
				if (fileProblems.hasErrors()) {
					kind.remove(source.document().slug());
				}
			}
		}
	}

	private static void checkLink(RenderedDocument<?> source, MarkdownRenderer.InternalLink link,
			Map<String, RenderedDocument<?>> byUrl, LocalDate today, Problems problems) {
		String href = link.href();
		int hash = href.indexOf('#');
		String path = (hash >= 0) ? href.substring(0, hash) : href;
		int query = path.indexOf('?');
		path = (query >= 0) ? path.substring(0, query) : path;
		String anchor = (hash >= 0) ? href.substring(hash + 1) : null;
		RenderedDocument<?> target = path.isEmpty() ? source : byUrl.get(path);
		if (target == null) {
			if (!SITE_PATHS.contains(path)) {
				String slug = path.substring(path.lastIndexOf('/') + 1);
				String prefix = path.substring(0, path.lastIndexOf('/') + 1);
				List<String> known = byUrl.keySet()
					.stream()
					.filter((u) -> u.startsWith(prefix) && u.indexOf('/', prefix.length()) < 0)
					.map((u) -> u.substring(prefix.length()))
					.toList();
				problems.error(link.line(), 1, "broken link '" + href + "': there is no page " + path
						+ SlugSuggestions.didYouMean(slug, known));
			}
			return;
		}
		if (target.document() instanceof Document.Article article && !article.isPublicOn(today)) {
			if (article.draft()) {
				problems.error(link.line(), 1, "link '" + href + "' points at a draft, which readers cannot see");
				return;
			}
			problems.warning(link.line(), 1, "link '" + href + "' points at an article scheduled for "
					+ article.published() + "; it is broken until then");
		}
		if (anchor != null && !target.rendered().anchors().contains(anchor)) {
			problems.error(link.line(), 1, "broken link '" + href + "': " + (path.isEmpty() ? "this page" : path)
					+ " has no heading with the id '" + anchor + "'");
		}
	}

}
