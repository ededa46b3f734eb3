package guide.legcramps.cache;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import guide.legcramps.content.load.ContentChange;

/**
 * What a cached response was made from, read from the route Spring MVC matched for it: an article
 * page from its article; the pages of a topic, tag or author from that entity and the cards of the
 * articles it lists; a topic's feed from the topic and its articles' entries; a standalone page
 * from its file; a static file from nothing that a reload can change; and everything else (home,
 * the topic and tag lists, the site feed, the sitemap, robots) from the site as a whole. The
 * {@link ContentChange} names the slugs each kind must look for.
 */
record PageDependency(Kind kind, String slug) {

	enum Kind {

		STATIC, SITE, ARTICLE, TOPIC, TOPIC_FEED, TAG, AUTHOR, PAGE

	}

	static final PageDependency STATIC = new PageDependency(Kind.STATIC, null);

	static final PageDependency SITE = new PageDependency(Kind.SITE, null);

	/** The dependency of the response the dispatcher just produced for {@code request}. */
	static PageDependency of(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof ResourceHttpRequestHandler) {
			return STATIC;
		}
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String slug = (variables != null) ? variables.get("slug") : null;
		if (pattern == null || slug == null) {
			return SITE;
		}
		if (pattern.startsWith("/articles/")) {
			return new PageDependency(Kind.ARTICLE, slug);
		}
		if (pattern.startsWith("/topics/") && pattern.endsWith("/feed.xml")) {
			return new PageDependency(Kind.TOPIC_FEED, slug);
		}
		if (pattern.startsWith("/topics/")) {
			return new PageDependency(Kind.TOPIC, slug);
		}
		if (pattern.startsWith("/tags/")) {
			return new PageDependency(Kind.TAG, slug);
		}
		if (pattern.startsWith("/authors/")) {
			return new PageDependency(Kind.AUTHOR, slug);
		}
		return new PageDependency(Kind.PAGE, slug);
	}

	/** Whether a response made before {@code change} may differ from one made after it. */
	boolean isStaleAfter(ContentChange change) {
		if (this.kind == Kind.STATIC || change.isEmpty()) {
			return false;
		}
		if (change.everything()) {
			return true;
		}
		return switch (this.kind) {
			case STATIC -> false;
			case SITE -> true;
			case ARTICLE -> change.articles().contains(this.slug);
			case TOPIC -> change.topics().contains(this.slug);
			case TOPIC_FEED -> change.topicFeeds().contains(this.slug);
			case TAG -> change.tags().contains(this.slug);
			case AUTHOR -> change.authors().contains(this.slug);
			case PAGE -> change.pages().contains(this.slug);
		};
	}

}
