package guide.legcramps.cache;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import guide.legcramps.server.RequestMetrics;
import guide.legcramps.server.SecurityHeaders;

/**
 * The front of Tomcat's pipeline, before the host, the web application, the servlet filters and
 * Spring MVC: a GET or HEAD for a page the cache holds is answered here, with the security headers
 * and the page's own (made with the page), from its bytes in memory, and counted as the first
 * filter counts every other request (under the route the page was made by) and as a cache hit.
 * Nothing is locked and next to nothing allocated, so a cached page costs about what Tomcat's own
 * parsing and writing cost. A cached page needs no read lock: it is dropped under the content
 * switch's write lock when it goes stale, and it is whole, so a reader gets the old version or the
 * new one.
 * <p>
 * Anything else goes down the pipeline as before: a page not kept yet (which {@link PageCacheFilter}
 * makes and keeps), any other method (refused by the security filter), a range, a request with a
 * query string (which the security filter checks, for escapes it cannot read and more parameters
 * than Tomcat takes, before the filter answers it from the cache), an HTTP/0.9 request line (which
 * gets no answer at all), and what Tomcat has refused already. A path the cache holds is a plain one
 * ({@link PageCacheFilter#isKept}), so a target whose path the security filter would refuse is never
 * answered here.
 */
final class CachedPageValve extends ValveBase {

	private final PageCache cache;

	private final SecurityHeaders headers;

	private final SingletonSupplier<RequestMetrics> metrics;

	CachedPageValve(PageCache cache, SecurityHeaders headers, SingletonSupplier<RequestMetrics> metrics) {
		super(true);
		this.cache = cache;
		this.headers = headers;
		this.metrics = metrics;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		CachedPage page = kept(request, response);
		if (page == null) {
			getNext().invoke(request, response);
			return;
		}
		RequestMetrics.setRoute(request, page.route());
		boolean failed = true;
		try {
			this.headers.applyTo(response);
			page.writeTo(request, response);
			failed = false;
		}
		finally {
			// as the security filter counts it: a write that fails (the client gone) as a 500
			this.metrics.obtain()
				.record(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
		}
	}

	/**
	 * The page to answer with, or null. Tomcat also sends requests it has already refused (a request
	 * line it could not read, headers over the limit) down the pipeline, with the error status set,
	 * for the error valve to answer: those are never answered from the cache.
	 */
	private CachedPage kept(Request request, Response response) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		if (response.getStatus() != HttpServletResponse.SC_OK || path == null
				|| !("GET".equals(method) || "HEAD".equals(method)) || SecurityHeaders.isHttp09(request)
				|| request.getQueryString() != null || request.getHeader(HttpHeaders.RANGE) != null) {
			return null;
		}
		return this.cache.hit(path);
	}

	/** Puts the valve first in Tomcat's engine. */
	@Component
	static final class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

		private final PageCache cache;

		private final SecurityHeaders headers;

		/** Looked up on the first hit, once: the web server is made before the metrics. */
		private final SingletonSupplier<RequestMetrics> metrics;

		Installer(PageCache cache, SecurityHeaders headers, ObjectProvider<RequestMetrics> metrics) {
			this.cache = cache;
			this.headers = headers;
			this.metrics = SingletonSupplier.of(metrics::getObject);
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addEngineValves(new CachedPageValve(this.cache, this.headers, this.metrics));
		}

	}

}
