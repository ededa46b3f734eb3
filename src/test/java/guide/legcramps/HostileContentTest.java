package guide.legcramps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.load.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complete small site whose every field and body carries known XSS payloads
 * ({@code src/test/resources/fixtures/xss}), rendered through the application and read back with
 * an HTML parser: nothing in any page can run script, load a frame or plugin, or lead to a scheme
 * other than http, https or mailto; article bodies hold only allowlisted elements and attributes;
 * and every front-matter string reaches the reader as the exact text it was written as.
 */
@SpringBootTest(properties = { "site.content-dir=src/test/resources/fixtures/xss", "site.base-url=https://example.org" })
@AutoConfigureMockMvc
class HostileContentTest {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/xss");

	/** What a rendered body may hold, written out here rather than read from the renderer. */
	static final Map<String, Set<String>> BODY_ALLOWLIST = Map.ofEntries(Map.entry("p", Set.of()),
			Map.entry("br", Set.of()), Map.entry("hr", Set.of()), Map.entry("h2", Set.of("id")),
			Map.entry("h3", Set.of("id")), Map.entry("h4", Set.of("id")), Map.entry("h5", Set.of()),
			Map.entry("h6", Set.of()), Map.entry("em", Set.of()), Map.entry("strong", Set.of()),
			Map.entry("b", Set.of()), Map.entry("i", Set.of()), Map.entry("s", Set.of()), Map.entry("del", Set.of()),
			Map.entry("small", Set.of()), Map.entry("sub", Set.of()), Map.entry("sup", Set.of()),
			Map.entry("abbr", Set.of("title")), Map.entry("code", Set.of()), Map.entry("pre", Set.of()),
			Map.entry("blockquote", Set.of()), Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start")),
			Map.entry("li", Set.of()), Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("dd", Set.of()),
			Map.entry("a", Set.of("href", "title", "rel", "id")), Map.entry("img", Set.of("src", "alt", "title")),
			Map.entry("figure", Set.of()), Map.entry("figcaption", Set.of()),
			Map.entry("table", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
			Map.entry("tr", Set.of()), Map.entry("th", Set.of()), Map.entry("td", Set.of()),
			// the renderer's own keyboard-scrollable box around a table (an author's div is removed)
			Map.entry("div", Set.of("class", "role", "tabindex", "aria-label")),
			// the link stage's numbered citations (an author's span is removed): an <a> there has an id
			Map.entry("span", Set.of("class", "aria-hidden")));

	/**
	 * Elements that must appear nowhere in a page: the layout uses none of them, except the one
	 * JSON-LD data block, which browsers never run (its text is checked for markup separately).
	 */
	static final String NEVER = "script:not([type=application/ld+json]), style, iframe, frame, frameset, object, embed, applet, base, form, input, button,"
			+ " textarea, select, svg, math, noscript, template, meta[http-equiv]";

	/**
	 * The page without the layout's own search forms, checked to be exactly that: a GET to
	 * {@code /search} in a {@code search} landmark, with one text box named {@code q} and one submit
	 * button. Any other form, input or button is still caught by {@link #NEVER}.
	 */
	static Document withoutTheSearchForm(Document page) {
		Document copy = page.clone();
		for (Element landmark : copy.select("search")) {
			Element form = landmark.selectFirst("form");
			assertThat(form).as("a search landmark holds a form").isNotNull();
			assertThat(form.attr("action")).isEqualTo("/search");
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.select("input").eachAttr("name")).containsExactly("q");
			assertThat(form.select("button").eachAttr("type")).containsExactly("submit");
			assertThat(form.select("*").stream().map(Element::tagName).distinct())
				.allSatisfy((tag) -> assertThat(tag).isIn("form", "label", "input", "button"));
			landmark.remove();
		}
		return copy;
	}

	/** Every attribute a browser treats as an address. */
	static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "cite", "background",
			"poster", "data", "srcset", "xlink:href", "ping", "manifest", "codebase", "longdesc", "lowsrc", "usemap");

	static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

	static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentLoader loader;

	private final Map<String, Document> pages = new TreeMap<>();

	@BeforeEach
	void crawlTheWholeSite() throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new TreeSet<>(queue);
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatusOk();
			if (!result.getResponse().getContentType().startsWith("text/html")) {
				continue;
			}
			String html = result.getResponse().getContentAsString();
			assertThat(html).as(path).doesNotContainPattern("(?i)<script(?![^>]*application/ld\\+json)")
				.doesNotContainIgnoringCase("<svg");
			Document page = Jsoup.parse(html, "https://example.org" + path);
			for (Element data : page.select("script[type=application/ld+json]")) {
				assertThat(data.data()).as(path + " JSON-LD").doesNotContain("<", ">");
			}
			this.pages.put(path, page);
			for (Element link : page.select("a[href], link[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && seen.add(href.split("#")[0])) {
					queue.add(href.split("#")[0]);
				}
			}
		}
	}

	@Test
	void theFixturesCarryAtLeastTwentyDistinctPayloads() throws IOException {
		Set<String> payloads = new TreeSet<>();
		try (Stream<Path> files = Files.walk(FIXTURES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher marker = Pattern.compile("alert\\(['`](\\w\\d\\d)['`]\\)|msgbox\\('(\\w\\d\\d)'\\)")
					// byte for byte: the markers are ASCII, and an image in the fixtures is not UTF-8
					.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
				while (marker.find()) {
					payloads.add((marker.group(1) != null) ? marker.group(1) : marker.group(2));
				}
			}
		}
		assertThat(payloads).hasSizeGreaterThanOrEqualTo(60);
	}

	@Test
	void theCrawlReachesEveryPageOfTheSite() {
		assertThat(this.pages).containsKeys("/", "/topics", "/topics/hub", "/tags", "/tags/evil", "/tags/plain",
				"/authors/mallory", "/articles/payloads", "/articles/second", "/about", "/privacy");
	}

	@Test
	void sourceAddressesThatAreNotWebPagesAreRefusedAndNeverLinked() {
		List<String> problems = this.loader.current()
			.problems()
			.stream()
			.map(ContentProblem::toString)
			.map((p) -> p.substring(FIXTURES.toString().length() + 1))
			.toList();
		assertThat(problems).containsExactly(
				"articles/bad-sources.md:10:21: warning: reference 'bad-data' did not load (see references.yaml's own problems); it is left out until it is fixed",
				"articles/bad-sources.md:10:21: warning: reference 'bad-markup' did not load (see references.yaml's own problems); it is left out until it is fixed",
				"articles/bad-sources.md:10:21: warning: reference 'bad-mixed-case' did not load (see references.yaml's own problems); it is left out until it is fixed",
				"articles/bad-sources.md:10:21: warning: reference 'bad-script' did not load (see references.yaml's own problems); it is left out until it is fixed",
				"articles/payloads.md:75:1: warning: link https://example.org/ is a site's home page: link the document itself, or give its DOI or PMID",
				"articles/second.md:14:1: warning: link https://example.org/a is a section or listing page: link the document itself, or give its DOI or PMID",
				"references.yaml:33:1: error: reference 6: 'URL' must be a full http:// or https:// address, not 'javascript:alert('s01')'",
				"references.yaml:37:1: error: reference 7: 'URL' must be a full http:// or https:// address, not 'data:text/html;base64,PHNjcmlwdD5hbGVydCgnczAyJyk8L3NjcmlwdD4='",
				"references.yaml:41:1: error: reference 8: 'URL' must be a full http:// or https:// address, not 'https://example.org/\"><script>alert('s03')</script>'",
				"references.yaml:45:1: error: reference 9: 'URL' must be a full http:// or https:// address, not 'JavaScript://example.org/%0aalert('s04')'",
				"references.yaml:46:1: error: reference 9: 'PMID' must be digits only, like 32956536, not '<script>alert('s05')</script>'");
		// the page loads, citing nothing it could link
		Document page = this.pages.get("/articles/bad-sources");
		assertThat(page.select(".article-body").text()).isEqualTo("Cited, never linked.");
		assertThat(page.select(".sources")).isEmpty();
	}

	@Test
	void noPageHoldsAnythingThatCouldRunOrLeadToAnUnsafeScheme() {
		for (Map.Entry<String, Document> entry : this.pages.entrySet()) {
			Document page = entry.getValue();
			assertThat(withoutTheSearchForm(page).select(NEVER)).as(entry.getKey()).isEmpty();
			for (Element element : page.getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					String name = attribute.getKey().toLowerCase(Locale.ROOT);
					String where = entry.getKey() + " <" + element.tagName() + " " + name + "=\"" + attribute.getValue() + "\">";
					assertThat(name).as(where).doesNotStartWith("on").isNotIn("srcdoc", "style", "target", "formaction");
					if (URL_ATTRIBUTES.contains(name)) {
						assertThat(isSafeAddress(attribute.getValue())).as(where).isTrue();
					}
				}
			}
		}
	}

	@Test
	void articleBodiesHoldOnlyAllowlistedElementsAndAttributes() {
		int bodies = 0;
		for (Map.Entry<String, Document> entry : this.pages.entrySet()) {
			for (Element body : entry.getValue().select(".article-body")) {
				bodies++;
				for (Element element : body.getAllElements()) {
					if (element == body) {
						continue;
					}
					String where = entry.getKey() + " " + element.outerHtml();
					assertThat(BODY_ALLOWLIST).as(where).containsKey(element.tagName());
					for (Attribute attribute : element.attributes()) {
						assertThat(BODY_ALLOWLIST.get(element.tagName())).as(where).contains(attribute.getKey());
					}
				}
			}
		}
		assertThat(bodies).as("3 articles, the topic, the tag with a body, the author, 2 pages").isEqualTo(8);
	}

	@Test
	void linksToOtherSitesOpenNothingAndSendNoReferrer() {
		Document article = this.pages.get("/articles/payloads");
		List<Element> outside = article.select(".article-body a[href]")
			.stream()
			.filter((a) -> !a.absUrl("href").startsWith("https://example.org/") || a.attr("href").startsWith("//"))
			.filter((a) -> !a.attr("href").startsWith("mailto:"))
			.toList();
		assertThat(outside).extracting((a) -> a.attr("href"))
			.contains("https://www.nhs.uk/conditions/leg-cramps/", "//evil.example/x38");
		assertThat(outside).allSatisfy((a) -> assertThat(a.attr("rel")).isEqualTo("noopener noreferrer"));
		assertThat(article.select(".article-body a[href=/articles/second]").attr("rel")).isEmpty();
		assertThat(article.select(".article-body a[href^=mailto:]")).hasSize(1);
	}

	@Test
	void frontMatterStringsReachTheReaderAsTheExactTextWritten() {
		String title = "<script>alert('f10')</script> Cramps & \"quotes\" <b>bold</b>";
		String summary = "\"><img src=x onerror=alert('f11')> A summary that hides markup in the meta description,"
				+ " the lead and the lists.";
		Document article = this.pages.get("/articles/payloads");
		assertThat(article.title()).isEqualTo(title + " \u2013 Leg Cramps Guide");
		assertThat(article.select("h1").text()).isEqualTo(title);
		assertThat(article.select("meta[name=description]").attr("content")).isEqualTo(summary);
		assertThat(article.select(".article-header .lead").text()).isEqualTo(summary);
		assertThat(article.select(".byline a").first().text()).isEqualTo("<img src=x onerror=alert('f07')>Mallory");
		assertThat(article.select(".breadcrumb a[href=/topics/hub]").text())
			.isEqualTo("</title><script>alert('f01')</script>Hub & \"quoted\"");
		assertThat(article.select(".tag-list a").eachText()).contains("<svg/onload=alert('f05')>Evil tag");
		Element source = article.select(".sources li").first();
		assertThat(source.select("a.source-title").text()).isEqualTo("<a href=\"javascript:alert('f12')\">A source title</a>");
		assertThat(source.select("a.source-title").attr("href")).isEqualTo("https://example.org/page?x='onmouseover='alert(1)'");
		assertThat(source.text()).contains(
				"<svg onload=alert('f13')>, </span><script>alert('r02')</script> \" onmouseover=\"alert('r03').",
				"<iframe src=javascript:alert('r04')></iframe>, </li><script>alert('f14')</script>.");
		assertThat(article.select(".sources a.source-title").eachAttr("href")).containsExactly(
				"https://example.org/page?x='onmouseover='alert(1)'",
				"https://example.org/doc?id=%22%3E%3Cscript%3Ealert('f15')%3C/script%3E",
				"https://example.org/javascript:alert('f16')",
				"https://doi.org/10.1234/%22%3E%3Cscript%3Ealert('r05')%3C/script%3E");
		assertThat(article.select(".sources .source-id").eachText())
			.containsExactly("doi:10.1234/\"><script>alert('r05')</script>");
		assertThat(article.select(".contents a").eachText()).as("markup in a heading is body HTML: cleaned, not shown")
			.contains("\"> in a heading");
		assertThat(this.pages.get("/").select(".article-list h3 a").eachText())
			.contains(title, "Second ' onmouseover='alert(`f17`)");
		assertThat(this.pages.get("/articles/second").select(".article-header .lead").text())
			.isEqualTo("The second article: <a href=javascript:alert('f18')>click</a>, listed next to the first on every list.");

		Document topic = this.pages.get("/topics/hub");
		assertThat(topic.select("h1").text()).isEqualTo("</title><script>alert('f01')</script>Hub & \"quoted\"");
		assertThat(topic.select("meta[name=description]").attr("content"))
			.isEqualTo("<iframe src=javascript:alert('f02')></iframe> The topic summary, with markup in it.");
		assertThat(topic.select(".aka").text()).contains("<b onclick=alert('f03')>bold</b>", "' onmouseover='alert(`f04`)");

		Document tag = this.pages.get("/tags/evil");
		assertThat(tag.select("h1").text()).isEqualTo("<svg/onload=alert('f05')>Evil tag");
		assertThat(tag.select("main .lead").text())
			.isEqualTo("\" autofocus onfocus=\"alert('f06')\" x=\" the tag's one-line definition");

		Document author = this.pages.get("/authors/mallory");
		assertThat(author.select("h1").text()).isEqualTo("<img src=x onerror=alert('f07')>Mallory");
		assertThat(author.select("main .lead").text())
			.isEqualTo("\"><script>alert('f08')</script>, javascript:alert('f09')");

		assertThat(this.pages.get("/about").select("h1").text()).isEqualTo("<style>*{display:none}</style>About");
	}

	/** Browsers drop control characters and spaces inside a scheme ("java\tscript:"), so the test does too. */
	static boolean isSafeAddress(String value) {
		String squeezed = value.replaceAll("[\\x00-\\x20\\x7f]", "");
		Matcher scheme = SCHEME.matcher(squeezed);
		return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
	}

}
