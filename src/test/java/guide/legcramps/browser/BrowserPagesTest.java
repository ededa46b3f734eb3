package guide.legcramps.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import guide.legcramps.ShippedSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in a real browser at a phone's and a desktop's width: WCAG 2.2 AA by axe-core
 * with no rule disabled, the checks axe cannot make (headings, skip link, focus, contrast, text
 * size, tap targets, no horizontal scrolling), no console errors, complete without JavaScript,
 * a print stylesheet, and a reader's journey by clicks. Screenshots go to target/screenshots/.
 */
@ShippedSiteTest
class BrowserPagesTest extends BrowserTest {

	@Test
	void everyPageTypeHasNoAxeViolationsAtEitherWidth() {
		List<String> violations = new ArrayList<>();
		int checked = 0;
		for (PageTypes.PageType type : PageTypes.ALL) {
			for (int width : new int[] { PHONE, DESKTOP }) {
				open(type.path(), width);
				violations.addAll(axeViolations(type.path() + " @" + width));
				checked++;
			}
		}
		assertThat(violations).isEmpty();
		assertThat(checked).isEqualTo(PageTypes.ALL.size() * 2);
	}

	@Test
	void headingsSkipLinkAndFocusWorkForKeyboardUsers() {
		for (PageTypes.PageType type : PageTypes.ALL) {
			open(type.path(), DESKTOP);
			@SuppressWarnings("unchecked")
			List<Long> levels = (List<Long>) js(
					"return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName[1]))");
			assertThat(levels).as(type.path()).isNotEmpty().startsWith(1L);
			assertThat(levels.stream().filter((l) -> l == 1)).as(type.path() + " has one h1").hasSize(1);
			for (int i = 1; i < levels.size(); i++) {
				assertThat(levels.get(i)).as(type.path() + " heading " + i + " skips a level")
					.isLessThanOrEqualTo(levels.get(i - 1) + 1);
			}
			this.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
			WebElement first = this.driver.switchTo().activeElement();
			assertThat(first.getAttribute("class")).as(type.path() + " first tab stop").isEqualTo("skip-link");
			assertThat(first.isDisplayed()).isTrue();
			assertThat((Boolean) js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", first))
				.as("the skip link is on screen when focused").isTrue();
			first.sendKeys(Keys.ENTER);
			assertThat(this.driver.switchTo().activeElement().getAttribute("id")).as(type.path() + " skip link target")
				.isEqualTo("main");
			assertEveryTabStopShowsFocus(type.path());
		}
	}

	private void assertEveryTabStopShowsFocus(String path) {
		this.driver.get(url(path));
		WebElement body = this.driver.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		int stops = 0;
		for (int i = 0; i < 300; i++) {
			WebElement active = this.driver.switchTo().activeElement();
			if (active.getTagName().equals("body")) {
				break;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> style = (Map<String, Object>) js(
					"const s = getComputedStyle(arguments[0]); return {outline: s.outlineStyle, width: parseFloat(s.outlineWidth), tag: arguments[0].outerHTML.slice(0, 80)};",
					active);
			assertThat(style.get("outline")).as(path + " focus on " + style.get("tag")).isNotEqualTo("none");
			assertThat(((Number) style.get("width")).doubleValue()).as(path + " focus on " + style.get("tag"))
				.isGreaterThanOrEqualTo(2);
			stops++;
			active.sendKeys(Keys.TAB);
			if (this.driver.switchTo().activeElement().equals(active)) {
				break;
			}
		}
		assertThat(stops).as(path + " tab stops").isGreaterThan(3);
	}

	@Test
	void textContrastIsAtLeastFourAndAHalfToOne() {
		for (PageTypes.PageType type : PageTypes.ALL) {
			open(type.path(), DESKTOP);
			@SuppressWarnings("unchecked")
			List<String> low = (List<String>) js("""
					const rgb = c => c.match(/[\\d.]+/g).map(Number);
					const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }); return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
					const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; const a = rgb(c)[3]; if (a === undefined || a > 0) return c; } return 'rgb(255, 255, 255)'; };
					const low = [];
					for (const el of document.querySelectorAll('body *')) {
					  const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
					  const r = el.getBoundingClientRect();
					  if (!text || r.width === 0 || r.height === 0) continue;
					  const a = lum(getComputedStyle(el).color), b = lum(background(el));
					  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
					  if (ratio < 4.5) low.push(el.tagName + ' "' + el.textContent.trim().slice(0, 40) + '" ' + ratio.toFixed(2));
					}
					return low;""");
			assertThat(low).as(type.path()).isEmpty();
		}
	}

	@Test
	void readableOnAPhoneAndADesktop() throws Exception {
		Path screenshots = Path.of("target/screenshots");
		Files.createDirectories(screenshots);
		for (PageTypes.PageType type : PageTypes.ALL) {
			for (int width : new int[] { PHONE, DESKTOP }) {
				Browser.severeConsoleMessages(this.driver); // drains what earlier pages logged
				open(type.path(), width);
				String where = type.path() + " @" + width;
				assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
					.as(where + " scrolls sideways").isTrue();
				@SuppressWarnings("unchecked")
				List<String> small = (List<String>) js(
						"return [...document.querySelectorAll('main p, main li, main td, main th, main dd')].filter(e => e.getBoundingClientRect().height > 0 && parseFloat(getComputedStyle(e).fontSize) < 16).map(e => e.outerHTML.slice(0, 60))");
				assertThat(small).as(where + " text under 16px").isEmpty();
				@SuppressWarnings("unchecked")
				List<String> tiny = (List<String>) js("""
						const inline = a => { const p = a.parentElement; return ['P', 'TD', 'LI', 'SPAN', 'DD'].includes(p.tagName)
						    && [...p.childNodes].some(n => n !== a && n.textContent.trim()); };
						return [...document.querySelectorAll('a[href], button')].filter(a => {
						  const r = a.getBoundingClientRect();
						  return r.width > 0 && r.height > 0 && !a.classList.contains('skip-link') && !inline(a) && (r.width < 24 || r.height < 24);
						}).map(a => a.outerHTML.slice(0, 80) + ' ' + Math.round(a.getBoundingClientRect().width) + 'x' + Math.round(a.getBoundingClientRect().height));""");
				assertThat(tiny).as(where + " tap targets under 24px").isEmpty();
				List<String> errors = Browser.severeConsoleMessages(this.driver)
					.stream()
					.filter((m) -> !(type.status() == 404 && m.contains(type.path()) && m.contains("404")))
					.toList();
				assertThat(errors).as(where + " console errors").isEmpty();
				long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
				this.driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 12000)));
				Files.write(screenshots.resolve(type.name() + "-" + width + ".png"),
						this.driver.getScreenshotAs(OutputType.BYTES));
			}
		}
		try (var files = Files.list(screenshots)) {
			assertThat(files.filter((f) -> f.toString().endsWith(".png")).count())
				.isGreaterThanOrEqualTo(PageTypes.ALL.size() * 2L);
		}
	}

	@Test
	void everyPageIsCompleteWithJavaScriptDisabled() throws Exception {
		ChromeDriver noScript = Browser.start(false);
		try {
			for (PageTypes.PageType type : PageTypes.ALL) {
				open(type.path(), DESKTOP);
				String withScript = this.driver.findElement(By.tagName("main")).getText();
				noScript.get(url(type.path()));
				assertThat(noScript.findElement(By.tagName("main")).getText()).as(type.path()).isEqualTo(withScript);
				assertThat(noScript.findElements(By.tagName("script"))).as(type.path())
					.allSatisfy((s) -> assertThat(s.getAttribute("type")).isEqualTo("application/ld+json"));
			}
		}
		finally {
			noScript.quit();
		}
	}

	@Test
	void printingDropsTheNavigationAndShowsSourceAddresses() {
		open("/articles/foods-rich-in-potassium-magnesium-calcium", DESKTOP);
		WebElement source = this.driver.findElement(By.cssSelector(".sources .source-url"));
		assertThat(source.isDisplayed()).isFalse();
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.cssSelector("nav.breadcrumb")).isDisplayed()).isFalse();
			assertThat(this.driver.findElement(By.cssSelector("nav.contents")).isDisplayed()).isFalse();
			assertThat(source.isDisplayed()).isTrue();
			assertThat(source.getText()).startsWith("https://");
			assertThat(this.driver.findElement(By.cssSelector(".article-body")).isDisplayed()).isTrue();
		}
		finally {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void careCardsSayTheirLevelInWordsAtEitherWidthAndPrintInBlackAndWhite() {
		for (int width : new int[] { PHONE, DESKTOP }) {
			open("/articles/when-leg-pain-is-not-a-cramp", width);
			for (String level : List.of("non-urgent", "urgent", "emergency")) {
				WebElement card = this.driver.findElement(By.cssSelector(".care-card--" + level));
				WebElement words = card.findElement(By.cssSelector(".care-card__level"));
				assertThat(words.isDisplayed()).as(level + " @" + width).isTrue();
				assertThat(words.getText()).as(level).isEqualTo(switch (level) {
					case "non-urgent" -> "Non-urgent advice:";
					case "urgent" -> "Urgent advice:";
					default -> "Immediate action required:";
				});
				assertThat(card.getRect().getWidth()).as(level + " fits the page @" + width).isLessThanOrEqualTo(width);
			}
		}
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			for (WebElement heading : this.driver.findElements(By.cssSelector(".care-card__heading"))) {
				assertThat(heading.getCssValue("color")).isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");
				assertThat(heading.getCssValue("background-color")).isIn("rgba(0, 0, 0, 0)", "transparent");
			}
			WebElement emergency = this.driver.findElement(By.cssSelector(".care-card--emergency"));
			assertThat(emergency.getCssValue("border-top-style")).isEqualTo("double");
			assertThat(emergency.findElement(By.cssSelector(".care-card__content")).getCssValue("color"))
				.isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");
		}
		finally {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void aReaderGoesFromHomeToARelatedArticleByClicksAndBack() {
		open("/", DESKTOP);
		List<String> visited = new ArrayList<>();
		visited.add(this.driver.getCurrentUrl());
		click("section[aria-labelledby=topics-heading] h3 a");
		assertThat(this.driver.getCurrentUrl()).endsWith("/topics/leg-cramps");
		visited.add(this.driver.getCurrentUrl());
		click(".article-list h3 a");
		assertThat(this.driver.getCurrentUrl()).contains("/articles/");
		String firstArticle = this.driver.getCurrentUrl();
		visited.add(firstArticle);
		click("section[aria-labelledby=tags-heading] a");
		assertThat(this.driver.getCurrentUrl()).contains("/tags/");
		visited.add(this.driver.getCurrentUrl());
		WebElement other = this.driver.findElements(By.cssSelector(".article-list h3 a"))
			.stream()
			.filter((a) -> !firstArticle.endsWith(a.getAttribute("href").replaceAll("^https?://[^/]+", "")))
			.findFirst()
			.orElseThrow();
		other.click();
		assertThat(this.driver.getCurrentUrl()).contains("/articles/").isNotEqualTo(firstArticle);
		visited.add(this.driver.getCurrentUrl());
		click("ul.related a");
		assertThat(this.driver.getCurrentUrl()).contains("/articles/");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
		for (int i = visited.size() - 1; i >= 0; i--) {
			this.driver.navigate().back();
			assertThat(this.driver.getCurrentUrl()).isEqualTo(visited.get(i));
		}
	}

	@Test
	void aKeyboardUserSearchesFromTheHeaderAndOpensAResult() {
		open("/", DESKTOP);
		WebElement body = this.driver.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		for (int i = 0; i < 10 && !"site-search".equals(this.driver.switchTo().activeElement().getAttribute("id")); i++) {
			this.driver.switchTo().activeElement().sendKeys(Keys.TAB);
		}
		WebElement box = this.driver.switchTo().activeElement();
		assertThat(box.getAttribute("id")).as("the search box is reached by Tab").isEqualTo("site-search");
		box.sendKeys("magnesum", Keys.ENTER);
		assertThat(urlOnceLoaded("/search?q=magnesum")).endsWith("/search?q=magnesum");
		assertThat(this.driver.findElement(By.cssSelector(".suggestion")).getText())
			.isEqualTo("No results for magnesum. Showing results for magnesium.");
		assertThat(this.driver.findElement(By.id("site-search")).getAttribute("value")).isEqualTo("magnesum");
		WebElement first = this.driver.findElement(By.cssSelector(".search-results h2 a"));
		String target = first.getAttribute("href");
		for (int i = 0; i < 40 && !this.driver.switchTo().activeElement().equals(first); i++) {
			this.driver.switchTo().activeElement().sendKeys(Keys.TAB);
		}
		assertThat(this.driver.switchTo().activeElement()).as("the first result is reached by Tab").isEqualTo(first);
		first.sendKeys(Keys.ENTER);
		assertThat(urlOnceLoaded(target)).isEqualTo(target);
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
	}

	@Test
	void theSearchBoxIsUsableOnAPhone() {
		open("/articles/how-to-stop-a-leg-cramp", PHONE);
		WebElement box = this.driver.findElement(By.id("site-search"));
		WebElement button = this.driver.findElement(By.cssSelector(".site-search button"));
		WebElement label = this.driver.findElement(By.cssSelector(".site-search label"));
		assertThat(label.isDisplayed()).isTrue();
		assertThat(box.getRect().getWidth()).as("search box width").isGreaterThanOrEqualTo(150);
		assertThat(box.getRect().getHeight()).isGreaterThanOrEqualTo(24);
		assertThat(button.getRect().getX() + button.getRect().getWidth()).isLessThanOrEqualTo(PHONE);
		assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		box.click();
		box.sendKeys("water tablets", Keys.ENTER);
		assertThat(urlOnceLoaded("/search?q=water+tablets")).endsWith("/search?q=water+tablets");
		assertThat(this.driver.findElements(By.cssSelector(".search-results > li"))).isNotEmpty();
	}

	/**
	 * The address once it ends with {@code expected} and the page has loaded, or after 10 s: a key
	 * press that submits a form returns before the browser has started to navigate.
	 */
	private String urlOnceLoaded(String expected) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline && !(this.driver.getCurrentUrl().endsWith(expected)
				&& "complete".equals(js("return document.readyState")))) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return this.driver.getCurrentUrl();
	}

	private void click(String css) {
		this.driver.findElement(By.cssSelector(css)).click();
	}

}
