package guide.legcramps.content.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.read.FrontMatter;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;

/** Every alias of every article: unique, and never the URL of a page or of the site's machinery. */
final class Aliases {

	/**
	 * Where an alias may not point from: the site's machinery, and the topic, tag and author
	 * namespaces, whose lists and feeds live below them. ({@code /articles/old-name} is allowed:
	 * that is what aliases are for.)
	 */
	static final List<String> RESERVED_PREFIXES = List.of("/actuator", "/_content", "/css", "/error", "/topics",
			"/tags", "/authors", "/articles", "/favicon.ico", "/search", "/opensearch.xml");

	private Aliases() {
	}

	/** Removes the articles whose aliases are wrong; returns the others' aliases, old path to canonical path. */
	static Map<String, String> check(RenderedContent content, List<ContentProblem> problems) {
		Set<String> pageUrls = new TreeSet<>(Links.SITE_PATHS);
		content.articles().keySet().forEach((s) -> pageUrls.add("/articles/" + s));
		content.topics().keySet().forEach((s) -> pageUrls.add("/topics/" + s));
		content.tags().keySet().forEach((s) -> pageUrls.add("/tags/" + s));
		content.authors().keySet().forEach((s) -> pageUrls.add("/authors/" + s));
		content.pages().keySet().forEach((s) -> pageUrls.add("/" + s));
		Map<String, String> owners = new TreeMap<>();
		Map<String, String> aliases = new TreeMap<>();
		for (RenderedDocument<Document.Article> article : List.copyOf(content.articles().values())) {
			Problems fileProblems = new Problems(article.path());
			FrontMatter fm = article.document().origin().frontMatter();
			for (String alias : article.document().aliases()) {
				String path = (alias.length() > 1 && alias.endsWith("/")) ? alias.substring(0, alias.length() - 1) : alias;
				if (pageUrls.contains(path)) {
					fileProblems.error(fm.line("aliases"), 1,
							"alias '" + alias + "' is the address of a page; an alias must be an old address");
				}
				else if (isReserved(path)) {
					fileProblems.error(fm.line("aliases"), 1, "alias '" + alias + "' is reserved for the site itself");
				}
				else if (owners.containsKey(path)) {
					fileProblems.error(fm.line("aliases"), 1,
							"alias '" + alias + "' is also an alias of article '" + owners.get(path) + "'");
				}
				else {
					owners.put(path, article.document().slug());
					aliases.put(path, "/articles/" + article.document().slug());
				}
			}
			problems.addAll(fileProblems.list());
			if (fileProblems.hasErrors()) {
				content.articles().remove(article.document().slug());
				aliases.values().removeIf(("/articles/" + article.document().slug())::equals);
			}
		}
		return aliases;
	}

	private static boolean isReserved(String path) {
		if (path.matches("/articles/[^/]+")) {
			return false;
		}
		return RESERVED_PREFIXES.stream().anyMatch((p) -> path.equals(p) || path.startsWith(p + "/"));
	}

}
