package guide.legcramps.cache;

import java.util.Locale;

/**
 * Reads an {@code Accept-Encoding} header (RFC 9110, section 12.5.3) for the one question the site
 * asks it: may the response be gzip? Yes when {@code gzip} (or its old alias {@code x-gzip}) is
 * listed with a non-zero quality, or {@code *} is and gzip is not refused by name.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean allowsGzip(String header) {
		if (header == null || header.isBlank()) {
			return false;
		}
		Boolean named = null;
		boolean any = false;
		for (String part : header.split(",")) {
			String[] pieces = part.split(";");
			String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
			boolean accepted = quality(pieces) > 0;
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				named = (named == null) ? accepted : named || accepted;
			}
			else if (coding.equals("*")) {
				any = accepted;
			}
		}
		return (named != null) ? named : any;
	}

	private static double quality(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2).trim());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
