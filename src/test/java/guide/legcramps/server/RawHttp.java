package guide.legcramps.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 exchanges written byte for byte, so a test can send what
 * {@link java.net.http.HttpClient} refuses to (a malformed request line, raw CR or LF, bytes that
 * are not UTF-8, CONNECT, a missing or doubled Host). {@link #send} uses a fresh socket and asks the
 * server to close it; a {@link Connection} keeps its socket for request after request, as a browser
 * or a load balancer does, and reads each response to its end by its framing (Content-Length or
 * chunks), opening a new socket only when the server closes the old one.
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

		boolean closesConnection() {
			return this.status == 0 || header("Connection").orElse("").equalsIgnoreCase("close");
		}

	}

	/** {@code METHOD target HTTP/1.1}, Host, Connection: close, the given header lines; ISO-8859-1 so any byte can be sent. */
	static byte[] request(String method, String target, String... headerLines) {
		return build(method, target, headerLines).append("Connection: close\r\n\r\n")
			.toString()
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The same request without {@code Connection: close}, for a {@link Connection}. */
	static byte[] keepAliveRequest(String method, String target, String... headerLines) {
		return build(method, target, headerLines).append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static StringBuilder build(String method, String target, String... headerLines) {
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
		return request;
	}

	/** Sends the bytes as they are on a socket of their own; empty when the server closed it without answering. */
	static Optional<Response> send(int port, byte[] request) {
		try (Connection connection = new Connection(port)) {
			return connection.exchange(request);
		}
	}

	static Response get(int port, String target, String... headerLines) {
		return send(port, request("GET", target, headerLines)).orElseThrow();
	}

	/**
	 * One client connection, reused for as long as the server keeps it open. Not thread-safe: one
	 * request at a time, each answer read whole before the next request is written.
	 */
	static final class Connection implements AutoCloseable {

		private final int port;

		private Socket socket;

		private InputStream in;

		private int sockets;

		Connection(int port) {
			this.port = port;
		}

		/**
		 * Writes the request and reads its answer to the end. Empty when the server closed the
		 * connection without sending a byte; an exception when it broke off inside an answer or
		 * did not finish one within 10 s.
		 */
		Optional<Response> exchange(byte[] request) {
			try {
				if (this.socket == null) {
					this.socket = new Socket("127.0.0.1", this.port);
					this.socket.setSoTimeout(10_000);
					this.in = new BufferedInputStream(this.socket.getInputStream());
					this.sockets++;
				}
				this.socket.getOutputStream().write(request);
				this.socket.getOutputStream().flush();
				Optional<Response> response = read(this.in, startsWith(request, "HEAD "));
				if (response.isEmpty() || response.get().closesConnection()) {
					close();
				}
				return response;
			}
			catch (IOException ex) {
				close();
				throw new UncheckedIOException(ex);
			}
		}

		/** How many sockets this connection has opened so far. */
		int sockets() {
			return this.sockets;
		}

		@Override
		public void close() {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					// closing is all that was asked
				}
				this.socket = null;
				this.in = null;
			}
		}

	}

	private static Optional<Response> read(InputStream in, boolean head) throws IOException {
		ByteArrayOutputStream top = new ByteArrayOutputStream();
		int b = in.read();
		if (b == -1) {
			return Optional.empty();
		}
		top.write(b);
		if (b != 'H') {
			// no status line: an HTTP/0.9 answer, the body alone until the server closes
			top.write(in.readAllBytes());
			return Optional.of(new Response(0, List.of(), top.toByteArray()));
		}
		// the last four bytes read, to find the blank line that ends the headers
		int last = b;
		while (last != 0x0d0a0d0a) {
			b = in.read();
			if (b == -1) {
				throw new EOFException("connection closed inside the headers after " + top.size() + " bytes");
			}
			top.write(b);
			last = (last << 8) | b;
		}
		String[] lines = top.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		if (!lines[0].startsWith("HTTP/1.1 ")) {
			top.write(in.readAllBytes());
			return Optional.of(new Response(0, List.of(), top.toByteArray()));
		}
		int status = Integer.parseInt(lines[0].substring(9, 12));
		List<String[]> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.add(new String[] { lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim() });
		}
		Response framing = new Response(status, headers, new byte[0]);
		if (head || status == 204 || status == 304 || status < 200) {
			return Optional.of(framing);
		}
		if (framing.header("Transfer-Encoding").orElse("").equalsIgnoreCase("chunked")) {
			return Optional.of(new Response(status, headers, dechunk(in)));
		}
		Optional<String> length = framing.header("Content-Length");
		byte[] body = length.isPresent() ? in.readNBytes(Integer.parseInt(length.get())) : in.readAllBytes();
		if (length.isPresent() && body.length < Integer.parseInt(length.get())) {
			throw new EOFException("connection closed after " + body.length + " of " + length.get() + " body bytes");
		}
		return Optional.of(new Response(status, headers, body));
	}

	private static byte[] dechunk(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		while (true) {
			String size = line(in);
			int length = Integer.parseInt(size.split(";")[0].trim(), 16);
			if (length == 0) {
				while (!line(in).isEmpty()) {
					// trailers: none expected, skipped
				}
				return out.toByteArray();
			}
			byte[] chunk = in.readNBytes(length);
			if (chunk.length < length) {
				throw new EOFException("connection closed inside a chunk");
			}
			out.write(chunk);
			line(in);
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new EOFException("connection closed inside the chunked body");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		return new String(bytes, 0, Math.min(bytes.length, prefix.length()), StandardCharsets.ISO_8859_1).equals(prefix);
	}

}
