package guide.legcramps.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 exchange over a fresh socket, written byte for byte, so a test can send what
 * {@link java.net.http.HttpClient} refuses to (a malformed request line, raw CR or LF, bytes that
 * are not UTF-8, CONNECT, a missing or doubled Host). Every request asks the server to close the
 * connection, so the response is everything read until end of stream.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * A parsed response; {@code headers} keep their order and repeats. Status 0 is an answer with no
	 * status line and so no headers: what HTTP/0.9 sends.
	 */
	record Response(int status, List<String[]> headers, byte[] body) {

		Optional<String> header(String name) {
			return this.headers.stream().filter((h) -> h[0].equalsIgnoreCase(name)).map((h) -> h[1]).findFirst();
		}

		List<String> headerNames() {
			return this.headers.stream().map((h) -> h[0].toLowerCase(Locale.ROOT)).toList();
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/** {@code METHOD target HTTP/1.1}, Host, Connection: close, the given header lines; ISO-8859-1 so any byte can be sent. */
	static byte[] request(String method, String target, String... headerLines) {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		boolean hasHost = false;
		for (String line : headerLines) {
			hasHost |= line.regionMatches(true, 0, "Host:", 0, 5);
		}
		if (!hasHost) {
			request.append("Host: localhost\r\n");
		}
		for (String line : headerLines) {
			request.append(line).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		return request.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Sends the bytes as they are; empty when the server closed the connection without answering. */
	static Optional<Response> send(int port, byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			byte[] raw = readAll(socket.getInputStream());
			return (raw.length == 0) ? Optional.empty() : Optional.of(parse(raw));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Response get(int port, String target, String... headerLines) {
		return send(port, request("GET", target, headerLines)).orElseThrow();
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (SocketTimeoutException ex) {
			throw new IOException("no end of response within 10 s after " + bytes.size() + " bytes", ex);
		}
		return bytes.toByteArray();
	}

	private static Response parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || end < 0) {
			return new Response(0, List.of(), raw);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].substring(9, 12));
		List<String[]> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.add(new String[] { lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim() });
		}
		byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
		boolean chunked = headers.stream()
			.anyMatch((h) -> h[0].equalsIgnoreCase("Transfer-Encoding") && h[1].equalsIgnoreCase("chunked"));
		return new Response(status, headers, chunked ? dechunk(body) : body);
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (true) {
			int lineEnd = indexOfCrlf(body, at);
			String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
			int length = Integer.parseInt(size.split(";")[0].trim(), 16);
			if (length == 0) {
				return out.toByteArray();
			}
			out.write(body, lineEnd + 2, length);
			at = lineEnd + 2 + length + 2;
		}
	}

	private static int indexOfCrlf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		throw new IllegalStateException("truncated chunked body");
	}

}
