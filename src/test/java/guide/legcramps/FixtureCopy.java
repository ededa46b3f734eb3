package guide.legcramps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

}
