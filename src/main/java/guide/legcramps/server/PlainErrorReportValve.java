package guide.legcramps.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.HtmlUtils;

import guide.legcramps.site.ErrorText;
import guide.legcramps.site.SiteLinks;

/**
 * The page Tomcat itself sends for a request it refuses before the application sees it (an encoded
 * {@code /} or NUL in the path, invalid UTF-8, a request line or headers over the limit, an unknown
 * HTTP version), and for anything that escapes the application's own error page. Tomcat's default
 * names the server and version, echoes the refused request in its message and uses inline style,
 * which the site's Content-Security-Policy would block. This one shows a fixed title and sentence
 * per status, links the site's stylesheet, and carries the same security headers as every page.
 */
class PlainErrorReportValve extends ErrorReportValve {

	private final SecurityHeaders headers;

	private final ObjectProvider<RequestMetrics> metrics;

	PlainErrorReportValve(SecurityHeaders headers, ObjectProvider<RequestMetrics> metrics) {
		this.headers = headers;
		this.metrics = metrics;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (SecurityHeaders.isHttp09(request)) {
			return;
		}
		int status = response.getStatus();
		if (status == HttpServletResponse.SC_NOT_IMPLEMENTED && "CONNECT".equals(request.getMethod())) {
			// Tomcat refuses CONNECT with 501 before any filter runs; the site answers every method
			// but GET and HEAD alike.
			status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
			response.setStatus(status);
			response.setHeader(HttpHeaders.ALLOW, SecurityFilter.ALLOW);
		}
		if (status >= 400 && !RequestMetrics.isCounted(request)) {
			// refused by Tomcat before the first filter, which counts everything else
			RequestMetrics.setRoute(request, RequestMetrics.REJECTED);
			this.metrics.getObject().record(request, status);
		}
		// The same guards as Tomcat's own report: only errors, only once, only if nothing is written yet.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			this.headers.applyTo(response);
			response.setContentType("text/html;charset=UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response already went out: there is no one left to tell.
		}
	}

	private static String page(int status) {
		ErrorText text = ErrorText.of(status);
		String title = HtmlUtils.htmlEscape(text.title());
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<title>" + title + " \u2013 " + SiteLinks.SITE_NAME + "</title>\n"
				+ "<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n<main class=\"wrap\">\n"
				+ "<h1>" + title + "</h1>\n<p class=\"lead\">" + HtmlUtils.htmlEscape(text.message()) + "</p>\n"
				+ "<p><a href=\"/\">Go to the home page</a></p>\n<p class=\"meta\">Error " + status + "</p>\n"
				+ "</main>\n</body>\n</html>\n";
	}

}
