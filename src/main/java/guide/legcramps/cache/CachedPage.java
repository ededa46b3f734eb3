package guide.legcramps.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Enumeration;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * One response as it is sent, made once per content version: the body, its gzip form when
 * compressing pays (a text type over {@value #COMPRESS_FROM} bytes), and an entity tag for each,
 * derived from the body alone. The same content therefore gets the same tags on every instance and
 * after every restart, and an edit that leaves a page's bytes as they were leaves its tag too. Each
 * encoding has its own tag (the gzip one ends in {@code -gz}), as a cache keyed on the tag must not
 * hand one encoding to a client that asked for the other. {@code route} is the route label it was
 * made by, under which every copy served is counted.
 */
record CachedPage(byte[] body, byte[] gzipped, String etag, String gzipEtag, String contentType,
		String contentLanguage, String cacheControl, PageDependency dependency, String route) {

	/** Smaller bodies fit in a packet or two as they are; gzip's header and CPU would not pay. */
	static final int COMPRESS_FROM = 1024;

	static CachedPage of(byte[] body, String contentType, String contentLanguage, String cacheControl,
			PageDependency dependency, String route) {
		String tag = digest(body);
		byte[] gzipped = (body.length > COMPRESS_FROM && isText(contentType)) ? gzip(body) : null;
		return new CachedPage(body, gzipped, '"' + tag + '"', (gzipped != null) ? '"' + tag + "-gz\"" : null,
				contentType, contentLanguage, cacheControl, dependency, route);
	}

	/** Bytes held, for the cache's bound; the arrays dominate, the rest is a rough allowance. */
	int weight() {
		return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 512;
	}

	/**
	 * Answers {@code request}: gzip when the client accepts it, and 304 with no body when its
	 * {@code If-None-Match} names the tag of the encoding it would get. {@code Vary} and
	 * {@code Cache-Control} go on the 304 too, as they would on the 200.
	 */
	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = this.gzipped != null && AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		if (this.gzipped != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		String tag = gzip ? this.gzipEtag : this.etag;
		response.setHeader(HttpHeaders.ETAG, tag);
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				&& isNotModified(request.getHeaders(HttpHeaders.IF_NONE_MATCH), tag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(this.contentType);
		if (this.contentLanguage != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, this.contentLanguage);
		}
		byte[] bytes = gzip ? this.gzipped : this.body;
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	/**
	 * RFC 9110, section 13.1.2: the client's copy is current when any tag it lists matches by weak
	 * comparison, or it sends {@code *} (the page exists).
	 */
	static boolean isNotModified(Enumeration<String> ifNoneMatch, String tag) {
		ETag current = ETag.create(tag);
		while (ifNoneMatch.hasMoreElements()) {
			for (ETag listed : ETag.parse(ifNoneMatch.nextElement())) {
				if (listed.isWildcard() || listed.compare(current, false)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isText(String contentType) {
		if (contentType == null) {
			return false;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		return type.getType().equals("text") || type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml")
				|| type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")
				|| type.getSubtype().equals("javascript");
	}

	/** Best compression: it is paid once per content version, and saved on every response. */
	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** 128 bits of the body's SHA-256, base64url: unique enough for a tag, short on the wire. */
	private static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
