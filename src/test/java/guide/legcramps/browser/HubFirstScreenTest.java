package guide.legcramps.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import guide.legcramps.ShippedSiteTest;
import guide.legcramps.topic.TopicQueries;
import guide.legcramps.topic.TopicSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone's first screen (375 x 667 CSS pixels, everything above the list included: header,
 * breadcrumb, title, other names, the lead), every hub shows its first article link whole, without
 * scrolling; the rest of the introduction follows the list. Every topic is checked, as the site
 * lists them. Screenshots go to target/screenshots/.
 */
@ShippedSiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubFirstScreenTest {

	static final int WIDTH = 375;

	static final int HEIGHT = 667;

	@LocalServerPort
	int port;

	@Autowired
	TopicQueries topics;

	private ChromeDriver driver;

	@BeforeAll
	void startBrowser() throws Exception {
		Browser.assumeInstalled();
		this.driver = Browser.start(false);
		// the page's viewport itself, not the window around it, as a phone has it
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void everyHubShowsItsFirstArticleLinkOnAPhonesFirstScreen() throws Exception {
		List<TopicSummary> hubs = this.topics.all();
		assertThat(hubs).isNotEmpty();
		Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
		for (TopicSummary hub : hubs) {
			this.driver.get("http://localhost:" + this.port + hub.url());
			@SuppressWarnings("unchecked")
			Map<String, Object> screen = (Map<String, Object>) this.driver.executeScript("""
					scrollTo(0, 0);
					const link = document.querySelector('main .article-list li a');
					const list = document.querySelector('main .article-list').getBoundingClientRect();
					const bodies = [...document.querySelectorAll('main > .article-body')];
					return {width: innerWidth, height: innerHeight, scrolled: scrollY, text: link.textContent,
					  bottom: link.getBoundingClientRect().bottom, leadBottom: bodies[0].getBoundingClientRect().bottom,
					  listTop: list.top, listBottom: list.bottom, restTop: bodies.length > 1 ? bodies[1].getBoundingClientRect().top : null};
					""");
			Files.write(screenshots.resolve("hub" + hub.url().replace('/', '-') + "-" + WIDTH + "x" + HEIGHT + ".png"),
					this.driver.getScreenshotAs(OutputType.BYTES));
			assertThat(screen.get("width")).isEqualTo((long) WIDTH);
			assertThat(screen.get("height")).isEqualTo((long) HEIGHT);
			assertThat(screen.get("scrolled")).isEqualTo(0L);
			double bottom = ((Number) screen.get("bottom")).doubleValue();
			System.out.printf("%s at %d x %d: the first article link ends %.0f px down, %.0f px to spare%n", hub.url(),
					WIDTH, HEIGHT, bottom, HEIGHT - bottom);
			assertThat(bottom).as("%s: its first article, '%s', ends %.0f px down a %d px screen", hub.url(),
					screen.get("text"), bottom, HEIGHT).isLessThanOrEqualTo(HEIGHT);
			assertThat(((Number) screen.get("leadBottom")).doubleValue()).as(hub.url() + ": the lead comes first")
				.isLessThanOrEqualTo(((Number) screen.get("listTop")).doubleValue());
			assertThat(screen.get("restTop")).as(hub.url() + ": the rest of the introduction follows the list")
				.isNotNull()
				.satisfies((top) -> assertThat(((Number) top).doubleValue())
					.isGreaterThanOrEqualTo(((Number) screen.get("listBottom")).doubleValue()));
		}
	}

}
