package guide.legcramps.server;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;

import guide.legcramps.FixtureSiteTest;
import guide.legcramps.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response carries the security headers and no server banner, read off a real socket:
 * pages, errors, static files, a 304, a redirect, the health check, and the requests Tomcat refuses
 * before the application sees them. The fixture site's base URL is https, so HSTS is expected.
 */
@FixtureSiteTest
class SecurityHeadersTest {

	static final String CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@LocalServerPort
	int port;

	static Stream<Arguments> everyKindOfResponse() {
		return Stream.of(Arguments.of("home page", RawHttp.request("GET", "/"), 200),
				Arguments.of("article", RawHttp.request("GET", "/articles/a01"), 200),
				Arguments.of("HEAD of a page", RawHttp.request("HEAD", "/topics/hub"), 200),
				Arguments.of("stylesheet", RawHttp.request("GET", "/css/site.css"), 200),
				Arguments.of("favicon", RawHttp.request("GET", "/favicon.ico"), 200),
				Arguments.of("not modified", RawHttp.request("GET", "/articles/a01", "If-None-Match: *"), 304),
				Arguments.of("partial content", RawHttp.request("GET", "/css/site.css", "Range: bytes=0-9"), 206),
				Arguments.of("several ranges, served whole", RawHttp.request("GET", "/css/site.css", "Range: bytes=0-0,-1"),
						200),
				Arguments.of("redirect", RawHttp.request("GET", "/topics/hub/page/1"), 301),
				Arguments.of("health", RawHttp.request("GET", "/actuator/health"), 200),
				Arguments.of("not found", RawHttp.request("GET", "/no-such-page"), 404),
				Arguments.of("method not allowed", RawHttp.request("POST", "/articles/a01"), 405),
				Arguments.of("TRACE, refused by Tomcat", RawHttp.request("TRACE", "/"), 405),
				Arguments.of("CONNECT, refused by Tomcat", RawHttp.request("CONNECT", "localhost:80"), 405),
				Arguments.of("encoded slash, refused by Tomcat", RawHttp.request("GET", "/articles/a%2fb"), 400),
				Arguments.of("encoded NUL, refused by Tomcat", RawHttp.request("GET", "/articles/a01%00.md"), 400),
				Arguments.of("overlong UTF-8, refused by Tomcat", RawHttp.request("GET", "/%c0%af%c0%afetc"), 400),
				Arguments.of("a space inside the target, refused by Tomcat", RawHttp.request("GET", "/tags/a b"), 400),
				Arguments.of("a malformed escape in a path parameter", RawHttp.request("GET", "/articles/a01;x=%"), 400),
				Arguments.of("request line over the limit", RawHttp.request("GET", "/" + "a".repeat(9000)), 400),
				Arguments.of("headers over the limit", RawHttp.request("GET", "/", "X-Big: " + "b".repeat(9000)), 400),
				Arguments.of("HTTP version Tomcat does not speak",
						"GET / HTTP/2.0\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(), 505));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyKindOfResponse")
	void everyResponseCarriesTheSecurityHeadersAndNoBanner(String kind, byte[] request, int status) {
		RawHttp.Response response = RawHttp.send(this.port, request).orElseThrow();
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Security-Policy")).contains(CSP);
		assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(response.header("Permissions-Policy")).contains("camera=(), microphone=(), geolocation=()");
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
		assertThat(response.headerNames()).doesNotContain("server", "x-powered-by");
		assertThat(response.headerNames()).as("each header once").doesNotHaveDuplicates();
	}

	@Test
	void aRequestForSeveralRangesGetsTheWholeFileAndOneRangeGetsThatRange() {
		String whole = RawHttp.get(this.port, "/css/site.css").text();
		assertThat(whole.length()).as("longer than the buffer Spring's range writer reads ahead").isGreaterThan(8192);
		for (String ranges : List.of("bytes=0-0,-1", "bytes=0-9, 20-29", "bytes=-1,0-0")) {
			RawHttp.Response response = RawHttp
				.send(this.port, RawHttp.request("GET", "/css/site.css", "Range: " + ranges, "If-Range: junk"))
				.orElseThrow();
			assertThat(response.status()).as(ranges).isEqualTo(200);
			assertThat(response.text()).as(ranges).isEqualTo(whole);
		}
		RawHttp.Response one = RawHttp.send(this.port, RawHttp.request("GET", "/css/site.css", "Range: bytes=-1"))
			.orElseThrow();
		assertThat(one.status()).isEqualTo(206);
		assertThat(one.text()).isEqualTo(whole.substring(whole.length() - 1));
	}

	@Test
	void thePolicyAllowsNoInlineScriptOrStyleAndNoEval() {
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).isEqualTo(CSP).doesNotContain("unsafe");
	}

	@Test
	void hstsOnlyWhenTheSiteIsServedOverHttps() {
		MockHttpServletResponse http = new MockHttpServletResponse();
		new SecurityHeaders(site("http://localhost:8080")).applyTo(http);
		assertThat(http.getHeader("Strict-Transport-Security")).isNull();
		assertThat(http.getHeader("Content-Security-Policy")).isEqualTo(CSP);
		MockHttpServletResponse https = new MockHttpServletResponse();
		new SecurityHeaders(site("https://legcramps.example")).applyTo(https);
		assertThat(https.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
	}

	private static SiteProperties site(String baseUrl) {
		return new SiteProperties(Path.of("content"), baseUrl, false, 5, 0.5, 10, ZoneId.of("UTC"), false, 64, 15000, false);
	}

}
