package guide.legcramps.server;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The first filter every request meets. It puts the security headers on the response before
 * anything else can write it (pages, static files, redirects, 304s, actuator and error pages alike);
 * it answers a target whose percent-encoding cannot be read (see {@link RequestTarget}), or whose
 * query parameters the container refuses, with 400 and the site's 400 page before anything parses
 * it; and it makes the site read-only: any method but GET and HEAD, OPTIONS included, gets 405 with
 * {@code Allow: GET, HEAD} and the site's 405 page, whatever the path. Doing this here rather than
 * per controller means an unknown method, TRACE or a POST to a static file is answered the same way.
 * On the way out it counts the answer ({@link RequestMetrics}), whichever later filter gave it.
 * A request for several byte ranges is served whole ({@link MultipleRanges}).
 */
class SecurityFilter extends HttpFilter {

	static final String ALLOW = "GET, HEAD";

	private final SecurityHeaders headers;

	private final RequestMetrics metrics;

	SecurityFilter(SecurityHeaders headers, RequestMetrics metrics) {
		this.headers = headers;
		this.metrics = metrics;
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
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			// The error dispatch that renders the 400 or 405 page still carries the original method: let it through.
			chain.doFilter(errorPageRequest(request), response);
			return;
		}
		boolean failed = true;
		try {
			filter(request, response, chain);
			failed = false;
		}
		finally {
			// an exception becomes a 500 only once it has left the chain
			this.metrics.record(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
		}
	}

	private void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!RequestTarget.isReadable(request.getRequestURI(), request.getQueryString())) {
			reject(request, response, HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (!isReading(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			reject(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		if (request.getQueryString() != null && !hasReadableParameters(request)) {
			reject(request, response, HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(MultipleRanges.servedWhole(request), response);
	}

	/**
	 * The error dispatch for a target that cannot be read, with that target hidden: an error page
	 * that decodes the originating address (the management port's JSON errors do, for a path with
	 * a {@code ;}) would fail on it with a logged trace.
	 */
	private static HttpServletRequest errorPageRequest(HttpServletRequest request) {
		if (!(request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String target)
				|| RequestTarget.isReadable(target)) {
			return request;
		}
		return new HttpServletRequestWrapper(request) {

			@Override
			public Object getAttribute(String name) {
				return RequestDispatcher.FORWARD_REQUEST_URI.equals(name) ? getRequestURI() : super.getAttribute(name);
			}

		};
	}

	private static void reject(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		RequestMetrics.setRoute(request, RequestMetrics.REJECTED);
		response.sendError(status);
	}

	/**
	 * The pages ignore the query, but the actuator reads its parameters, and the container refuses
	 * some only then (Tomcat: more than its {@code maxParameterCount}), with an exception that is
	 * logged with its trace. Read them here once, so such a query gets a quiet 400 on every path.
	 * Containers throw different runtime exceptions for this; any of them means the client's query.
	 */
	private static boolean hasReadableParameters(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean isReading(String method) {
		return "GET".equals(method) || "HEAD".equals(method);
	}

}
