package guide.legcramps.cache;

import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import guide.legcramps.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache's byte bound and the reading of Accept-Encoding, without a server. */
class PageCacheBoundsTest {

	private static SiteProperties withCacheMb(int mb) {
		return new SiteProperties(Path.of("content"), "http://localhost:8080", false, 5, 0.5, 10, ZoneId.of("UTC"),
				false, mb, 15000, false);
	}

	private static CachedPage page(int bytes, int seed) {
		byte[] body = new byte[bytes];
		new java.util.Random(seed).nextBytes(body);
		return CachedPage.of(body, "application/octet-stream", null, "no-cache", PageDependency.SITE, "/");
	}

	@Test
	void holdsNoMoreBytesThanItsBoundHoweverManyPagesAreMade() {
		PageCache cache = new PageCache(withCacheMb(1));
		for (int i = 0; i < 1000; i++) {
			cache.put("/articles/a" + i, page(10_000, i));
		}
		long held = cache.paths().stream().mapToLong((path) -> cache.get(path).weight()).sum();
		assertThat(held).isLessThanOrEqualTo(1024 * 1024);
		assertThat(cache.size()).isBetween(50L, 105L);
	}

	@Test
	void zeroKeepsNothing() {
		PageCache cache = new PageCache(withCacheMb(0));
		cache.put("/", page(100, 1));
		assertThat(cache.size()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "gzip|true", "GZIP|true", "x-gzip|true", "gzip, deflate, br|true",
			"br;q=1.0, gzip;q=0.8, *;q=0.1|true", "*|true", "identity|false", "br|false", "gzip;q=0|false",
			"gzip;q=0.000|false", "*;q=0|false", "*, gzip;q=0|false", "gzip;q=0, *|false", "deflate, *;q=0.5|true",
			"gzip;q=abc|false", "' '|false" })
	void acceptEncodingAllowsGzipOnlyWhenItSaysSo(String header, boolean gzip) {
		assertThat(AcceptEncoding.allowsGzip(header)).isEqualTo(gzip);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "`\"abc\"`|true", "`W/\"abc\"`|true",
			"`\"x\", \"abc\"`|true", "`*`|true", "`\"abd\"`|false", "`\"abc`|false", "`abc`|false", "`W/`|false",
			"`,,,`|false", "`\"\"`|false", "`\u0000`|false" })
	void ifNoneMatchMatchesByWeakComparisonAndShrugsOffGarbage(String header, boolean notModified) {
		assertThat(CachedPage.isNotModified(java.util.Collections.enumeration(java.util.List.of(header)), "\"abc\""))
			.isEqualTo(notModified);
	}

	@Test
	void noAcceptEncodingMeansNoGzip() {
		assertThat(AcceptEncoding.allowsGzip(null)).isFalse();
	}

}
