package guide.legcramps.content.web;

import java.net.InetAddress;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from the machine the site runs on: its peer is a loopback address and
 * it names no proxy. A reverse proxy on the same machine connects from loopback too, so a request
 * that carries a proxy's forwarding header is treated as coming from elsewhere.
 */
final class Loopback {

	static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
			"X-Real-IP");

	private Loopback() {
	}

	static boolean isLocal(HttpServletRequest request) {
		for (String header : PROXY_HEADERS) {
			if (request.getHeader(header) != null) {
				return false;
			}
		}
		try {
			// a literal address: no name lookup
			return InetAddress.ofLiteral(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return false;
		}
	}

}
