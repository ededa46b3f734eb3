package guide.legcramps.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import guide.legcramps.FixtureSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that cite, in a real browser: an article with citations, a group citation, a repeated
 * citation and further reading, a hub, a tag and a standalone page that cite. WCAG 2.2 AA by
 * axe-core with no rule disabled at a phone's and a desktop's width, the Nu checker, a reader going
 * from a number to its source and back, and the numbers kept on paper. (The shipped pages are
 * checked by {@link BrowserPagesTest} and {@link HtmlValidityTest} once they cite.)
 */
@FixtureSiteTest
class CitationsInBrowserTest extends BrowserTest {

	static final List<String> PAGES = List.of("/articles/a01", "/topics/hub", "/tags/alpha", "/about");

	/** Each citation as it is seen: its words for screen readers take up no room (and are left out here). */
	@SuppressWarnings("unchecked")
	private List<String> seen() {
		assertThat(this.driver.findElements(By.cssSelector(".cite .visually-hidden")))
			.allSatisfy((words) -> assertThat(words.getRect().getWidth()).isLessThanOrEqualTo(1));
		return (List<String>) this.driver.executeScript("""
				return [...document.querySelectorAll('.cite')].filter(c => c.getBoundingClientRect().height > 0).map(c => {
				  const seen = c.cloneNode(true);
				  seen.querySelectorAll('.visually-hidden').forEach(e => e.remove());
				  return seen.textContent;
				});""");
	}

	@Test
	void pagesThatCiteHaveNoAxeViolationsAtEitherWidth() {
		List<String> violations = new ArrayList<>();
		for (String path : PAGES) {
			for (int width : new int[] { PHONE, DESKTOP }) {
				open(path, width);
				assertThat(this.driver.findElements(By.cssSelector(".cite a"))).as(path).isNotEmpty();
				violations.addAll(axeViolations(path + " @" + width));
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void pagesThatCiteAreValidHtml() throws Exception {
		NuChecker checker = new NuChecker();
		HttpClient client = HttpClient.newHttpClient();
		for (String path : PAGES) {
			HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(new String(page.body())).as(path).contains("class=\"cite\"");
			assertThat(checker.errors(page.body())).as(path + "\n" + checker.report(page.body())).isEmpty();
		}
	}

	@Test
	void aReaderGoesFromANumberToItsSourceAndBackAndHearsWhichSourceItIs() {
		open("/articles/a01", DESKTOP);
		List<WebElement> links = this.driver.findElements(By.cssSelector(".cite a"));
		// what a screen reader announces for each link
		assertThat(links).extracting((a) -> (String) this.driver.executeScript(
				"return arguments[0].textContent", a)).containsExactly("source 1", "source 2", "source 3", "source 1");
		assertThat(seen()).as("what the eye sees").containsExactly("[1]", "[2]", "[3, 1]");
		links.get(2).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("#source-3");
		WebElement target = this.driver.findElement(By.cssSelector("ol.sources li:target"));
		assertThat(target.getAttribute("id")).isEqualTo("source-3");
		assertThat(target.getText()).startsWith("Hallegraeff JM, van der Schans CP");
		assertThat(onScreen(target)).as("the source is on screen").isTrue();
		target.findElement(By.cssSelector("a.backlink")).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("#cite-3");
		assertThat(onScreen(this.driver.findElement(By.id("cite-3")))).as("the citation is on screen again").isTrue();
		assertThat(this.driver.findElements(By.cssSelector("ul.further-reading li"))).extracting(WebElement::getText)
			.containsExactly("Naylor JR, Young JB. A general population survey of rest cramps. Age and Ageing, 1994.");
	}

	/** Whether the element's top is in the window (scrolling to it may leave it a fraction of a pixel above). */
	private boolean onScreen(WebElement element) {
		return (Boolean) this.driver.executeScript(
				"const r = arguments[0].getBoundingClientRect(); return r.top > -1 && r.top < innerHeight;", element);
	}

	@Test
	void printingKeepsTheNumbersAndTheAddressesAndDropsTheLinksBack() {
		open("/articles/a01", DESKTOP);
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(seen()).containsExactly("[1]", "[2]", "[3, 1]");
			assertThat(this.driver.findElements(By.cssSelector(".cite a")))
				.allSatisfy((a) -> assertThat(a.getCssValue("color")).isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)"));
			assertThat(this.driver.findElements(By.cssSelector("ol.sources .source-url"))).extracting(WebElement::getText)
				.containsExactly("https://www.nhs.uk/conditions/leg-cramps/",
						"https://doi.org/10.1002/14651858.CD009402.pub3", "https://doi.org/10.1016/S1836-9553(12)70068-1");
			assertThat(this.driver.findElements(By.cssSelector("a.backlink")))
				.isNotEmpty()
				.allSatisfy((a) -> assertThat(a.isDisplayed()).isFalse());
		}
		finally {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

}
