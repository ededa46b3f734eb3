package guide.legcramps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a real port serving the shipped {@code content/} in strict mode, with
 * the clock pinned so review dates passing never breaks the build, and in editing mode so the
 * editors' problems page exists too. Every test class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.strict=true", "site.content-dir=content", "site.watch=true" })
@AutoConfigureMockMvc
@Import(ShippedSiteTest.PinnedClock.class)
public @interface ShippedSiteTest {

	Instant PINNED = Instant.parse("2026-12-01T00:00:00Z");

	@TestConfiguration
	class PinnedClock {

		@Bean
		@Primary
		Clock pinnedClock() {
			return Clock.fixed(PINNED, ZoneOffset.UTC);
		}

	}

}
