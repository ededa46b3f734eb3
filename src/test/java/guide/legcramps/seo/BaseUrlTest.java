package guide.legcramps.seo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.FixtureSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code site.base-url} is the only source of absolute addresses: a request that lies about the
 * host, over a real socket (HTTP clients refuse to forge {@code Host}), gets the same addresses as
 * any other, so a cache or a crawler can never be handed links to another site.
 */
@FixtureSiteTest
class BaseUrlTest {

	private static final String FORGED = "evil.example";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/a01", "/topics/hub", "/topics/hub/page/2", "/tags/alpha",
			"/authors/team", "/about", "/sitemap.xml", "/robots.txt", "/feed.xml", "/topics/hub/feed.xml" })
	void forgedHostHeadersNeverReachTheOutput(String path) throws IOException {
		String response = get(path);
		assertThat(response).startsWith("HTTP/1.1 200");
		assertThat(response).contains("https://example.org/").doesNotContainIgnoringCase(FORGED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/topics/hub/page/1", "/articles/nothing" })
	void redirectsAndErrorsDoNotEchoTheHostEither(String path) throws IOException {
		assertThat(get(path)).doesNotContainIgnoringCase(FORGED);
	}

	/** A raw HTTP/1.1 request whose Host and every forwarding header name another site. */
	private String get(String path) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\n" + "Host: " + FORGED + ":8443\r\n" + "X-Forwarded-Host: "
					+ FORGED + "\r\n" + "X-Forwarded-Proto: http\r\n" + "X-Forwarded-Port: 8443\r\n"
					+ "Forwarded: host=" + FORGED + ";proto=http\r\n" + "Accept: */*\r\n" + "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

}
