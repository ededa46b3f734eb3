package guide.legcramps.cache;

import java.util.Locale;

/**
 * Reads an {@code Accept-Encoding} header (RFC 9110, section 12.5.3) for the one question the site
 * asks it: may the response be gzip? Yes when {@code gzip} (or its old alias {@code x-gzip}) is
 * listed with a non-zero quality, or {@code *} is and gzip is not refused by name. It runs on every
 * request for a cached page, so it walks the header in place: a string is made only to read a
 * {@code q} value.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean allowsGzip(String header) {
		if (header == null) {
			return false;
		}
		int named = -1;   // -1: gzip not listed; 0: listed, refused; 1: listed and accepted
		boolean any = false;
		for (int start = 0; start <= header.length(); ) {
			int end = indexOf(header, ',', start, header.length());
			int coding = indexOf(header, ';', start, end);
			boolean accepted = quality(header, coding, end) > 0;
			if (is(header, start, coding, "gzip") || is(header, start, coding, "x-gzip")) {
				named = (named == 1 || accepted) ? 1 : 0;
			}
			else if (is(header, start, coding, "*")) {
				any = accepted;
			}
			start = end + 1;
		}
		return (named >= 0) ? named == 1 : any;
	}

	/** The first {@code q=} parameter among those in {@code [from, to)} (each after a ';'); 1 without one. */
	private static double quality(String header, int from, int to) {
		for (int start = from + 1; start < to; ) {
			int end = indexOf(header, ';', start, to);
			int first = skipSpace(header, start, end);
			if (end - first >= 2 && (header.charAt(first) | 0x20) == 'q' && header.charAt(first + 1) == '=') {
				try {
					return Double.parseDouble(header.substring(first + 2, end).toLowerCase(Locale.ROOT).trim());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
			start = end + 1;
		}
		return 1;
	}

	/** Whether {@code [from, to)}, without surrounding white space, is {@code token} in any ASCII case. */
	private static boolean is(String header, int from, int to, String token) {
		int first = skipSpace(header, from, to);
		int last = to;
		while (last > first && header.charAt(last - 1) <= ' ') {
			last--;
		}
		if (last - first != token.length()) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			char c = header.charAt(first + i);
			if (c != token.charAt(i) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == token.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static int skipSpace(String header, int from, int to) {
		while (from < to && header.charAt(from) <= ' ') {
			from++;
		}
		return from;
	}

	private static int indexOf(String header, char c, int from, int to) {
		int at = header.indexOf(c, from);
		return (at < 0 || at > to) ? to : at;
	}

}
