package guide.legcramps.server;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import guide.legcramps.site.SiteProperties;

/**
 * The headers every response carries, from a page to a container error. The pages use no inline
 * script or style and load nothing from other sites, so the policy can be {@code 'self'} throughout
 * with no {@code unsafe-inline} or {@code unsafe-eval}. HSTS only when the site is served over https:
 * sent over http it would be ignored, and on a local http run it would be wrong.
 */
@Component
public class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'self';"
			+ " form-action 'self'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

	/** Names and values side by side: applying them is a loop over two arrays, on every response. */
	private final String[] names;

	private final String[] values;

	SecurityHeaders(SiteProperties site) {
		List<String> headers = new ArrayList<>(List.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
				"X-Content-Type-Options", "nosniff", "Referrer-Policy", "strict-origin-when-cross-origin",
				"Permissions-Policy", PERMISSIONS_POLICY));
		if (site.baseUrl().startsWith("https://")) {
			headers.addAll(List.of("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY));
		}
		this.names = new String[headers.size() / 2];
		this.values = new String[headers.size() / 2];
		for (int i = 0; i < this.names.length; i++) {
			this.names[i] = headers.get(2 * i);
			this.values[i] = headers.get(2 * i + 1);
		}
	}

	/** Sets (never adds) each header, so applying them again on an error dispatch repeats nothing. */
	public void applyTo(HttpServletResponse response) {
		for (int i = 0; i < this.names.length; i++) {
			response.setHeader(this.names[i], this.values[i]);
		}
	}

	/**
	 * A request line with no HTTP version (as a CR or LF in the path makes it) is HTTP/0.9, whose
	 * answer is the body alone: no status line and no headers, so none of these. The site gives it no
	 * answer at all, and Tomcat closes the connection. A request line Tomcat could not read as far as
	 * its version (a space or tab inside the target) has no protocol at all ({@code null}): that one is
	 * HTTP/1.1 to Tomcat, and gets its 400 page.
	 */
	public static boolean isHttp09(HttpServletRequest request) {
		return "".equals(request.getProtocol());
	}

}
