package guide.legcramps.server;

import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;

/**
 * A request that asks for more than one byte range ({@code Range: bytes=0-0,-1}) is served whole,
 * as if it had no {@code Range} (RFC 9110 section 14.2 lets a server ignore the field). Spring's
 * multipart range writer reads past the first range of a file and then cannot skip to the next
 * one ("Skipped only 8191 bytes out of 9330 required"), a 500; and no reader of this site needs
 * several pieces of a stylesheet at once. A single range is left to Spring, which serves it.
 */
final class MultipleRanges {

	private MultipleRanges() {
	}

	static HttpServletRequest servedWhole(HttpServletRequest request) {
		String range = request.getHeader(HttpHeaders.RANGE);
		if (range == null || range.indexOf(',') < 0) {
			return request;
		}
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				return isRange(name) ? null : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return isRange(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
			}

			@Override
			public Enumeration<String> getHeaderNames() {
				return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
					.filter((header) -> !isRange(header))
					.toList());
			}

		};
	}

	private static boolean isRange(String name) {
		return HttpHeaders.RANGE.equalsIgnoreCase(name) || HttpHeaders.IF_RANGE.equalsIgnoreCase(name);
	}

}
