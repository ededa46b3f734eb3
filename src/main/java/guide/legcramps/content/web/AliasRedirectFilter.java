package guide.legcramps.content.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import guide.legcramps.content.load.ContentLoader;

/**
 * Old addresses listed in an article's {@code aliases} answer with a 301 to the article, so renamed
 * slugs keep links and bookmarks working. Aliases never equal a page's address (the loader checks),
 * so this never hides a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AliasRedirectFilter extends OncePerRequestFilter {

	/** Looked up on first use: filters are created before the store that the loader needs. */
	private final ObjectProvider<ContentLoader> loader;

	AliasRedirectFilter(ObjectProvider<ContentLoader> loader) {
		this.loader = loader;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD")) {
			String path = request.getRequestURI();
			if (path.length() > 1 && path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			String target = this.loader.getObject().current().aliases().get(path);
			if (target != null) {
				response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
				response.setHeader("Location", target);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
