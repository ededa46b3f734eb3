package guide.legcramps.content.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;

import guide.legcramps.content.read.ContentKind;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.read.DocumentLinks;

/**
 * Markdown to sanitised HTML, once per content load. The flexmark parsers and renderers are
 * immutable and shared. A body with raw HTML, entities or unusual addresses goes through a jsoup
 * cleaner that keeps only an allowlist of elements and attributes ({@link SanitisedHtml}), so raw
 * HTML in a file can never put script into a page; a body of plain markdown ({@link PlainMarkdown})
 * is written by flexmark directly as exactly what that cleaner would keep.
 */
public final class MarkdownRenderer {

	/** Words a reader gets through in a minute, for the reading time. */
	static final int WORDS_PER_MINUTE = 200;

	/** The reading time of so many words, in whole minutes, at least one. */
	static int minutes(int words) {
		return Math.max(1, Math.round((float) words / WORDS_PER_MINUTE));
	}

	static final String BASE = "https://base.invalid/";

	private static final java.util.regex.Pattern RELATIVE_MARKDOWN = java.util.regex.Pattern
		.compile("(?:\\./)?([a-z0-9]+(?:-[a-z0-9]+)*)\\.md(#.*)?");

	private final Parser parser;

	/** The same parser without the autolink extension, the costliest pass, for text it cannot change. */
	private final Parser parserWithoutAutolinks;

	private final HtmlRenderer renderer;

	/** The renderer for bodies {@link PlainMarkdown} accepts: it writes what the allowlist would keep. */
	private final HtmlRenderer plainRenderer;

	/** Ids the page layout uses itself; a heading that would take one is renamed, so ids stay unique. */
	static final Set<String> LAYOUT_IDS = Set.of("main", "contents-heading", "tags-heading", "sources-heading",
			"further-reading-heading", "related-heading", "articles-heading", "latest-heading", "topics-heading",
			"topic-tags-heading", "related-tags-heading");

	/** The ids of the sources list's entries and of the citations that link to them. */
	private static final java.util.regex.Pattern CITATION_IDS = java.util.regex.Pattern.compile("(source|cite)-[0-9]+");

	public MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()));
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.SOFT_BREAK, " ");
		this.parser = Parser.builder(options).build();
		MutableDataSet withoutAutolinks = new MutableDataSet(options);
		withoutAutolinks.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
		this.parserWithoutAutolinks = Parser.builder(withoutAutolinks).build();
		this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(Figures::renderer).build();
		MutableDataSet plainOptions = new MutableDataSet(options);
		// flexmark need not tidy the lines it writes (indents, blank lines) for HTML only a browser
		// reads: a tenth of its time
		plainOptions.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
		this.plainRenderer = PlainMarkdown.configure(HtmlRenderer.builder(plainOptions))
			.nodeRendererFactory(Figures::renderer)
			.build();
	}

	/**
	 * A rendered body: sanitised HTML, its level-2 headings for a table of contents, its length
	 * (citations are not words), the ids of all its headings, the links inside the site that it
	 * makes (to be checked across files), the care cards it names and the citations it makes, each
	 * card and citation standing in the HTML as a placeholder until the link stage puts it there
	 * ({@link #filled}), the images of this site it shows (written {@code /images/<name>} until the
	 * link stage gives each its fingerprinted address), and for a hub with a {@code <!--more-->}
	 * line the words of its lead ({@link HubLead}; -1 without one).
	 */
	public record Rendered(String html, List<Section> sections, int wordCount, int readingMinutes,
			Set<String> anchors, List<InternalLink> links, List<CareCard> cards, List<Citation> citations,
			List<ImageUse> images, int leadWords) {

		/**
		 * The HTML with each card's placeholder replaced by what {@code card} makes of it, and each
		 * citation's by what {@code citation} makes of it, called in the order the citations appear.
		 */
		public String filled(Function<CareCard, String> card, Function<Citation, String> citation) {
			String html = this.html;
			for (int i = 0; i < this.cards.size(); i++) {
				html = html.replace("<p>" + CareMarkers.placeholder(i) + "</p>", card.apply(this.cards.get(i)));
			}
			return CitationMarkers.fill(html, this.citations, citation);
		}

	}

	/** A citation: the ids it cites, in its order, and where it is written. */
	public record Citation(List<String> ids, int line, int column) {
	}

	/**
	 * A care card a body names: the rule's id, the marker's line, and the heading level its card
	 * takes (one below the section it sits in).
	 */
	public record CareCard(String rule, int line, int headingLevel) {
	}

	/** A link to a page of this site, as written in the markdown (after rewriting {@code x.md}), and its line. */
	public record InternalLink(String href, int line) {
	}

	/** An image of this site a body shows: its file name in {@code images/}, the address written, and its line. */
	public record ImageUse(String name, String src, int line) {
	}

	/** A {@code ##} heading: its anchor id and text. */
	public record Section(String id, String title) {
	}

	public Rendered render(Document.Origin origin) {
		return render(origin, false);
	}

	/**
	 * Renders a body: straight from flexmark when every node of it is plain markdown, through the
	 * jsoup allowlist otherwise, or always through jsoup with {@code sanitiseAlways} (for tests that
	 * compare the two).
	 */
	Rendered render(Document.Origin origin, boolean sanitiseAlways) {
		CareMarkers.Found cards = CareMarkers.find(origin.body(), origin.bodyLine(), origin.kind(), origin.problems());
		CitationMarkers.Found citations = CitationMarkers.find(cards.body(), origin.bodyLine(), origin.problems());
		com.vladsch.flexmark.util.ast.Document document = parse(citations.body());
		List<InternalLink> links = new ArrayList<>();
		List<ImageUse> images = new ArrayList<>();
		Map<String, String> rewrites = new HashMap<>();
		boolean plain = !sanitiseAlways;
		for (Node node : document.getDescendants()) {
			plain = plain && PlainMarkdown.accepts(node);
			if (node instanceof Heading heading && heading.getLevel() == 1) {
				origin.problems()
					.error(origin.bodyLine() + heading.getStartLineNumber(), 1,
							"use '##' for sections: the page title is the only level-1 heading");
			}
			if (node instanceof Image image) {
				Figures.check(image, origin.bodyLine() + node.getStartLineNumber(), origin.problems(), images);
			}
			if (node instanceof Link link) {
				String url = link.getUrl().toString();
				String internal = internal(url, origin.kind());
				if (internal != null) {
					links.add(new InternalLink(internal, origin.bodyLine() + node.getStartLineNumber()));
					if (!internal.equals(url)) {
						rewrites.put(url, internal);
					}
				}
				else {
					warnIfNotADocument(url, origin.bodyLine() + node.getStartLineNumber(), origin);
				}
			}
			else if (node instanceof AutoLink link) {
				warnIfNotADocument(link.getUrl().toString(), origin.bodyLine() + node.getStartLineNumber(), origin);
			}
		}
		Rendered rendered = plain ? renderPlain(document, origin.kind(), links)
				: SanitisedHtml.render(this.renderer.render(document), links, rewrites);
		CitationMarkers.checkPlaced(rendered.html(), citations.citations(), origin.problems());
		int leadWords = (cards.leadMarkerLine() > 0)
				? HubLead.leadWords(document, cards.leadMarkerLine(), origin.problems()) : -1;
		if (cards.cards().isEmpty() && citations.citations().isEmpty() && images.isEmpty() && leadWords < 0) {
			return rendered;
		}
		for (int i = 0; i < cards.cards().size(); i++) {
			if (!rendered.html().contains("<p>" + CareMarkers.placeholder(i) + "</p>")) {
				origin.problems()
					.error(cards.cards().get(i).line(), 1,
							"a care card must be a paragraph of its own: leave a blank line before and after it");
			}
		}
		// a placeholder is one word; the card's words are not the article's own
		int words = rendered.wordCount() - cards.cards().size() - ((cards.leadMarkerLine() > 0) ? 1 : 0);
		return new Rendered(rendered.html(), rendered.sections(), words,
				minutes(words), rendered.anchors(), rendered.links(),
				cards.cards(), citations.citations(), List.copyOf(images), leadWords);
	}

	/**
	 * A link to another site must reach a document, not its home page, a list or a search; an
	 * author's biography may link a home page.
	 */
	private static void warnIfNotADocument(String url, int line, Document.Origin origin) {
		String why = (origin.kind() != ContentKind.AUTHOR) ? DocumentLinks.whyNotADocument(url) : null;
		if (why != null) {
			origin.problems().warning(line, 1, "link " + url + " is " + why + ": " + DocumentLinks.ADVICE);
		}
	}


	/** Whether {@link #render(Document.Origin)} takes the plain path for this body. */
	boolean isPlain(String body) {
		for (Node node : parse(body).getDescendants()) {
			if (!PlainMarkdown.accepts(node)) {
				return false;
			}
		}
		return true;
	}

	private com.vladsch.flexmark.util.ast.Document parse(String body) {
		Parser chosen = mayAutolink(body) ? this.parser : this.parserWithoutAutolinks;
		com.vladsch.flexmark.util.ast.Document document = chosen.parse(body);
		Figures.wrap(document, chosen);
		return document;
	}

	private Rendered renderPlain(com.vladsch.flexmark.util.ast.Document document, ContentKind kind,
			List<InternalLink> links) {
		PlainMarkdown.Collected collected = new PlainMarkdown.Collected(kind);
		document.set(PlainMarkdown.COLLECTED, collected);
		String html = this.plainRenderer.render(document);
		StringBuilder text = new StringBuilder();
		PlainMarkdown.appendText(document, text);
		int words = countWords(text.toString());
		List<Section> sections = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			String id = collected.ids.get(node);
			if (id != null && node instanceof Heading heading && heading.getLevel() == 2) {
				sections.add(new Section(id, PlainMarkdown.text(heading)));
			}
		}
		return new Rendered(html, List.copyOf(sections), words,
				minutes(words), Set.copyOf(collected.ids.values()),
				List.copyOf(links), List.of(), List.of(), List.of(), -1);
	}


	/**
	 * The site path a link points at, or null for a link elsewhere. A relative {@code x.md} link
	 * (optionally with {@code #anchor}) is another file in the same folder, written as its page URL.
	 */
	static String internal(String url, ContentKind kind) {
		if (url.startsWith("#") || (url.startsWith("/") && !url.startsWith("//"))) {
			return url;
		}
		java.util.regex.Matcher md = RELATIVE_MARKDOWN.matcher(url);
		if (md.matches()) {
			String base = (kind == ContentKind.PAGE) ? "/" : "/" + kind.folder() + "/";
			return base + md.group(1) + ((md.group(2) != null) ? md.group(2) : "");
		}
		return null;
	}

	/**
	 * Whether the autolink extension could find anything: it links bare web addresses (which have
	 * {@code ://} or start {@code www.}) and email addresses (which have {@code @}). Without any of
	 * those, parsing with or without it gives the same document.
	 */
	static boolean mayAutolink(String body) {
		return body.contains("://") || body.contains("@") || body.toLowerCase(Locale.ROOT).contains("www.");
	}

	/** A heading's id as the page uses it: renamed when the layout has an element with that id. */
	static String pageId(String id) {
		return (LAYOUT_IDS.contains(id) || CITATION_IDS.matcher(id).matches()) ? id + "-section" : id;
	}

	static int countWords(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
			if (wordChar && !inWord) {
				words++;
			}
			inWord = wordChar || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019'));
		}
		return words;
	}

}
