package guide.legcramps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.FileSystemUtils;

/** A temporary copy of the fixture site, for tests that edit content under a running application. */
public final class FixtureCopy {

	private FixtureCopy() {
	}

	public static Path of(String prefix) {
		return of(prefix, "site");
	}

	/** A temporary copy of the fixture site {@code src/test/resources/fixtures/<fixture>}. */
	public static Path of(String prefix, String fixture) {
		try {
			Path dir = Files.createTempDirectory(prefix);
			FileSystemUtils.copyRecursively(Path.of("src/test/resources/fixtures", fixture), dir);
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Serves a fresh copy of a fixture site ({@code site.content-dir}, which the test reads back
	 * from {@code SiteProperties}), deleted when the context closes. A test names it with
	 * {@code @ContextConfiguration(initializers = ...)} on a subclass that names the fixture.
	 */
	public abstract static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private final String fixture;

		protected Initializer(String fixture) {
			this.fixture = fixture;
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Path dir = of(this.fixture + "-copy", this.fixture);
			TestPropertyValues.of("site.content-dir=" + dir).applyTo(context);
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> {
				try {
					FileSystemUtils.deleteRecursively(dir);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}

	}

}
