package guide.legcramps.server;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The first filter every request meets. It puts the security headers on the response before
 * anything else can write it (pages, static files, redirects, 304s, actuator and error pages alike),
 * and it makes the site read-only: any method but GET and HEAD, OPTIONS included, gets 405 with
 * {@code Allow: GET, HEAD} and the site's 405 page, whatever the path. Doing this here rather than
 * per controller means an unknown method, TRACE or a POST to a static file is answered the same way.
 */
class SecurityFilter extends HttpFilter {

	static final String ALLOW = "GET, HEAD";

	private final SecurityHeaders headers;

	SecurityFilter(SecurityHeaders headers) {
		this.headers = headers;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (SecurityHeaders.isHttp09(request)) {
			return;
		}
		this.headers.applyTo(response);
		// Tomcat refuses TRACE itself, before any filter, with an Allow header of its own: say the same everywhere.
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
				&& status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
		}
		// The error dispatch that renders the 405 page still carries the original method: let it through.
		if (request.getDispatcherType() == DispatcherType.REQUEST && !isReading(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isReading(String method) {
		return "GET".equals(method) || "HEAD".equals(method);
	}

}
