package guide.legcramps.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, through Debian's chromedriver: nothing is downloaded at run time.
 * Where Chromium is missing, the browser tests are skipped with a loud message on a developer's
 * machine and fail under CI ({@code CI=true}), where .ci/run installs it.
 */
final class Browser {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private Browser() {
	}

	static void assumeInstalled() {
		boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
		if (!installed) {
			String message = "Chromium or chromedriver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): the browser tests cannot run. Install them with: apt-get install -y chromium chromium-driver";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("\n*** SKIPPING BROWSER TESTS *** " + message + "\n");
			Assumptions.abort(message);
		}
	}

	static ChromeDriver start(boolean javascript) throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		Path profile = Files.createTempDirectory("chromium-profile");
		profile.toFile().deleteOnExit();
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--window-size=1280,900", "--user-data-dir=" + profile);
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	static List<String> severeConsoleMessages(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map((entry) -> entry.getMessage())
			.toList();
	}

}
