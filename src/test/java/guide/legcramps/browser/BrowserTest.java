package guide.legcramps.browser;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** One headless Chromium for a test class, on the port of the application the class starts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	static final int PHONE = 375;

	static final int DESKTOP = 1280;

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	ChromeDriver driver;

	@BeforeAll
	void startBrowser() throws Exception {
		Browser.assumeInstalled();
		this.driver = Browser.start(true);
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(String path, int width) {
		this.driver.manage().window().setSize(new Dimension(width, 900));
		this.driver.get(url(path));
	}

	Object js(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	/** WCAG 2.2 AA by axe-core, no rule disabled, on the page as it is open: each violation as a line. */
	List<String> axeViolations(String where) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(this.driver);
		assertThat(results.getPasses()).as("axe ran on " + where).isNotEmpty();
		List<String> violations = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			violations.add(where + ": " + rule.getId() + " " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((n) -> String.valueOf(n.getTarget())).toList());
		}
		return violations;
	}

}
