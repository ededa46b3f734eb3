package guide.legcramps.content.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The path of a body that is not plain markdown: flexmark's HTML parsed again by jsoup and cleaned
 * to an allowlist of elements and attributes, so raw HTML in a file can never put script into a
 * page. {@link PlainMarkdown} writes the same document without this pass when it can.
 */
final class SanitisedHtml {

	/**
	 * Exactly what markdown writes, plus a few inline elements an author may type as HTML; narrower
	 * than jsoup's "relaxed" list, which also lets through {@code h1} (the page title is the only
	 * one), {@code div}, {@code span} and presentational attributes. Any other element is dropped and
	 * only its text kept (script and style lose their text too). Attributes are per element, so never
	 * {@code style}, {@code srcdoc} or an event handler. Links may be http, https, mailto or
	 * relative; images https or relative.
	 */
	private static final Safelist SAFELIST = Safelist.none()
		.addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "s", "del", "small", "sub",
				"sup", "abbr", "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure",
				"figcaption", "table", "thead", "tbody", "tr", "th", "td")
		.addAttributes("a", "href", "title")
		.addAttributes("img", "src", "alt", "title")
		.addAttributes("ol", "start")
		.addAttributes("abbr", "title")
		.addAttributes("h2", "id")
		.addAttributes("h3", "id")
		.addAttributes("h4", "id")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "https")
		.preserveRelativeLinks(true);

	private static final Cleaner CLEANER = new Cleaner(SAFELIST);

	private SanitisedHtml() {
	}

	/** The cleaned body, its sections and anchors, with links rewritten by {@code rewrites}. */
	static MarkdownRenderer.Rendered render(String flexmarkHtml, List<MarkdownRenderer.InternalLink> links,
			Map<String, String> rewrites) {
		Document clean = CLEANER.clean(Jsoup.parseBodyFragment(flexmarkHtml, MarkdownRenderer.BASE));
		clean.outputSettings().prettyPrint(false);
		// one walk over the cleaned tree does every edit; a table is wrapped after it, as that moves it
		List<Element> tables = new ArrayList<>();
		List<MarkdownRenderer.Section> sections = new ArrayList<>();
		Set<String> anchors = new HashSet<>();
		for (Element element : clean.body().getAllElements()) {
			if (element.nameIs("a") && element.hasAttr("href")) {
				String href = rewrites.getOrDefault(element.attr("href"), element.attr("href"));
				element.attr("href", href);
				// Resolved against the placeholder base, so a protocol-relative "//other.example" counts as outside too.
				String target = element.absUrl("href");
				if ((target.startsWith("http://") || target.startsWith("https://")) && !target.startsWith(MarkdownRenderer.BASE)) {
					element.attr("rel", "noopener noreferrer");
				}
			}
			else if (element.nameIs("table")) {
				tables.add(element);
			}
			if (element.hasAttr("id")) {
				element.id(MarkdownRenderer.pageId(element.id()));
				anchors.add(element.id());
				if (element.nameIs("h2")) {
					sections.add(new MarkdownRenderer.Section(element.id(), element.text()));
				}
			}
		}
		for (Element table : tables) {
			// a wide table scrolls inside its own box on a phone; keyboard users must be able to reach it
			String header = String.join(", ", table.getElementsByTag("th").eachText());
			table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
			table.parent().attr("aria-label", header.isEmpty() ? "Table" : "Table: " + header);
		}
		int words = MarkdownRenderer.countWords(clean.body().text());
		return new MarkdownRenderer.Rendered(clean.body().html(), List.copyOf(sections), words,
				MarkdownRenderer.minutes(words), Set.copyOf(anchors), List.copyOf(links),
				List.of(), List.of(), List.of(), -1);
	}

}
