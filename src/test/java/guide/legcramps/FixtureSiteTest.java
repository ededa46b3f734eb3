package guide.legcramps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application, on a real port, serving the fixture site under
 * {@code src/test/resources/fixtures/site}. Every test class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.content-dir=src/test/resources/fixtures/site", "site.base-url=https://example.org",
				"spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
public @interface FixtureSiteTest {

}
