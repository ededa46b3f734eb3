package guide.legcramps.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request target's percent-encoding can be read (RFC 3986, section 2.1): every {@code %}
 * starts two hex digits, and every run of escapes decodes to well-formed UTF-8 (no overlong form,
 * no surrogate, no stray continuation byte). The container checks this for the path proper, but
 * not inside a path parameter (after {@code ;}), which Spring's path parser then fails on with an
 * exception (a 500), nor always in the query, which fails later when something reads the
 * parameters. Checked on the raw target, before anything decodes it.
 */
final class RequestTarget {

	private RequestTarget() {
	}

	static boolean isReadable(String rawPath, String rawQuery) {
		return isReadable(rawPath) && (rawQuery == null || isReadable(rawQuery));
	}

	static boolean isReadable(String raw) {
		int at = raw.indexOf('%');
		while (at >= 0) {
			int end = at;
			while (end < raw.length() && raw.charAt(end) == '%') {
				if (end + 2 >= raw.length() || !isHex(raw.charAt(end + 1)) || !isHex(raw.charAt(end + 2))) {
					return false;
				}
				end += 3;
			}
			if (!isUtf8(raw, at, end)) {
				return false;
			}
			at = raw.indexOf('%', end);
		}
		return true;
	}

	/** The bytes of the escapes {@code %XX%XX...} from {@code start} to {@code end} are whole UTF-8. */
	private static boolean isUtf8(String raw, int start, int end) {
		byte[] bytes = new byte[(end - start) / 3];
		boolean ascii = true;
		for (int i = 0; i < bytes.length; i++) {
			int value = Character.digit(raw.charAt(start + 3 * i + 1), 16) * 16
					+ Character.digit(raw.charAt(start + 3 * i + 2), 16);
			bytes[i] = (byte) value;
			ascii &= value < 0x80;
		}
		if (ascii) {
			return true;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
