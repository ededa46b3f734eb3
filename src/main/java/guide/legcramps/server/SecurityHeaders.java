package guide.legcramps.server;

import java.util.LinkedHashMap;
import java.util.Map;

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

	private final Map<String, String> headers = new LinkedHashMap<>();

	SecurityHeaders(SiteProperties site) {
		this.headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		this.headers.put("X-Content-Type-Options", "nosniff");
		this.headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
		this.headers.put("Permissions-Policy", PERMISSIONS_POLICY);
		if (site.baseUrl().startsWith("https://")) {
			this.headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

	/** Sets (never adds) each header, so applying them again on an error dispatch repeats nothing. */
	public void applyTo(HttpServletResponse response) {
		this.headers.forEach(response::setHeader);
	}

}
