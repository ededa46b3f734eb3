package guide.legcramps.cache;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import guide.legcramps.server.RequestMetrics;
import guide.legcramps.server.SecurityHeaders;
import guide.legcramps.site.SiteProperties;

/**
 * Serves every public page, feed and static file from {@link PageCache}, so a page costs what
 * writing bytes from memory costs: the first request for a path runs the application as usual,
 * its {@code 200} response is kept (with its gzip form and entity tags) and sent, and later
 * requests get the kept bytes without reaching Spring MVC, JPA or Thymeleaf. Inside
 * {@code ConsistentReadFilter}, so a page is made and stored from one content set. Only plain
 * site paths are kept (lowercase segments: no path parameters, encodings or doubled slashes), so
 * odd spellings of a URL cannot fill the cache; their query strings are ignored, as the
 * application ignores them. Errors, the actuator, its probes and the content problems page are never
 * kept, and neither are search results: the query decides the page, and there is no end to queries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class PageCacheFilter extends OncePerRequestFilter {

	/** HTML, feeds and the sitemap: fresh for a short while, then revalidated with the entity tag. */
	static final String REVALIDATE = "public, max-age=300, must-revalidate";

	/** With {@code site.watch}, an editor must see a saved change at once: revalidate every time. */
	static final String ALWAYS_REVALIDATE = "no-cache";

	/** A file whose name carries its content's hash never changes: a new version gets a new name. */
	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	/** Segments start with a letter or digit, so no {@code .} or {@code ..}; {@code /_content} is never kept. */
	private static final Pattern SITE_PATH = Pattern.compile("/|(/[a-z0-9][a-z0-9._-]*)+");

	/** Search results: made for every request. */
	static final String SEARCH = "/search";

	/** The actuator's probes on the public port: they answer for this moment, never from a copy. */
	private static final Set<String> PROBES = Set.of("/livez", "/readyz");

	private static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+");

	private final PageCache cache;

	private final SecurityHeaders securityHeaders;

	private final String pageCacheControl;

	PageCacheFilter(PageCache cache, SecurityHeaders securityHeaders, SiteProperties site) {
		this.cache = cache;
		this.securityHeaders = securityHeaders;
		this.pageCacheControl = site.watch() ? ALWAYS_REVALIDATE : REVALIDATE;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		boolean head = "HEAD".equals(request.getMethod());
		// a range of a static file is left to Spring's resource handler, which answers it with a 206
		if (!(head || "GET".equals(request.getMethod())) || !isKept(path) || request.getHeader(HttpHeaders.RANGE) != null) {
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = this.cache.get(path);
		if (page != null) {
			RequestMetrics.setRoute(request, page.route());
			page.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper made = new ContentCachingResponseWrapper(response);
		// a HEAD is made as a GET, so what is kept has its body; the answer to the HEAD still has none
		chain.doFilter(head ? new AsGet(request) : request, made);
		if (made.getStatus() != HttpServletResponse.SC_OK || response.isCommitted() || made.getContentType() == null) {
			made.copyBodyToResponse();
			return;
		}
		PageDependency dependency = PageDependency.of(request);
		page = CachedPage.of(made.getContentAsByteArray(), made.getContentType(),
				made.getHeader(HttpHeaders.CONTENT_LANGUAGE), cacheControl(dependency, path), dependency,
				RequestMetrics.routeOf(request, HttpServletResponse.SC_OK));
		this.cache.put(path, page);
		// the same headers as every later request gets from the cache: those the application set are dropped
		response.reset();
		this.securityHeaders.applyTo(response);
		page.writeTo(request, response);
	}

	static boolean isKept(String path) {
		return SITE_PATH.matcher(path).matches() && !path.startsWith("/actuator") && !path.equals("/error")
				&& !path.equals(SEARCH) && !PROBES.contains(path);
	}

	private String cacheControl(PageDependency dependency, String path) {
		boolean fingerprinted = dependency.kind() == PageDependency.Kind.STATIC && FINGERPRINTED.matcher(path).matches();
		return fingerprinted ? IMMUTABLE : this.pageCacheControl;
	}

	/** The request as a GET, for making a page on a HEAD. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
