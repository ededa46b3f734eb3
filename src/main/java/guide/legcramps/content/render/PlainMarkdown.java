package guide.legcramps.content.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

import guide.legcramps.content.read.ContentKind;

/**
 * Markdown that needs no sanitising, rendered by flexmark straight to the HTML that the jsoup
 * allowlist would have left: the same elements, attributes, links, heading ids and table boxes.
 * A body qualifies when every node in it is one of a fixed list of markdown constructs (no raw
 * HTML, no entity, no reference link) and every link and image address is plainly allowed; any
 * other body goes through jsoup. Parsing, cleaning and writing the HTML a second time in jsoup was
 * two fifths of rendering an article. {@code PlainMarkdownTest} renders shipped, fixture and
 * edge-case files both ways and requires the same document.
 */
final class PlainMarkdown {

	/** Nodes whose HTML is fixed by flexmark and allowed as it is (attributes aside). */
	private static final Set<Class<? extends Node>> PLAIN_NODES = Set.of(Document.class, Paragraph.class, Text.class,
			TextBase.class, SoftLineBreak.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class, Code.class,
			BlockQuote.class, BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class,
			ThematicBreak.class, Heading.class, Link.class, AutoLink.class, MailLink.class, Image.class,
			Strikethrough.class, FencedCodeBlock.class, IndentedCodeBlock.class, TableBlock.class, TableHead.class,
			TableBody.class, TableRow.class, TableCell.class, TableSeparator.class);

	/** Characters an address may hold on this path; anything else (quotes, spaces, backslashes) goes to jsoup. */
	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]*");

	/** An address with a scheme: a colon before any slash, question mark or hash ({@code javascript:}). */
	private static final Pattern SCHEME = Pattern.compile("^[^/?#]*:");

	/** What jsoup counts as whitespace when it normalises text. */
	private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\f\\r]+");

	/** The box around a table, whose attributes this class writes itself. */
	private static final AttributablePart TABLE_BOX = new AttributablePart("TABLE_BOX");

	private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "title");

	private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "alt", "title");

	/** What one rendering collects as it goes, kept on the flexmark document it renders. */
	static final class Collected {

		final ContentKind kind;

		/** The id written on each heading (flexmark may ask for a node's attributes more than once). */
		final Map<Node, String> ids = new IdentityHashMap<>();

		Collected(ContentKind kind) {
			this.kind = kind;
		}

	}

	/** Set on each document before it is rendered; never shared between renderings. */
	static final NullableDataKey<Collected> COLLECTED = new NullableDataKey<>("LEGCRAMPS_PLAIN_COLLECTED");

	private PlainMarkdown() {
	}

	/** Whether this node can be written by flexmark alone (its children are judged on their own). */
	static boolean accepts(Node node) {
		if (!PLAIN_NODES.contains(node.getClass())) {
			return false;
		}
		if (node instanceof Heading heading) {
			return heading.getLevel() >= 2;
		}
		if (node instanceof TableCell cell) {
			return cell.getSpan() == 1;
		}
		if (node instanceof Link link) {
			return allowedLink(link.getUrl().toString());
		}
		if (node instanceof AutoLink link) {
			return allowedLink(link.getUrl().toString());
		}
		if (node instanceof MailLink link) {
			return ADDRESS.matcher(link.getText()).matches();
		}
		if (node instanceof Image image) {
			String url = image.getUrl().toString();
			return ADDRESS.matcher(url).matches() && !url.startsWith("//")
					&& (url.startsWith("https://") || !SCHEME.matcher(url).find());
		}
		return true;
	}

	/** http, https, mailto or relative, written plainly; the allowlist would keep any of these. */
	private static boolean allowedLink(String url) {
		return ADDRESS.matcher(url).matches() && !url.startsWith("//")
				&& (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")
						|| !SCHEME.matcher(url).find());
	}

	/** Adds to a renderer what the allowlist and the post-processing did on the jsoup path. */
	static HtmlRenderer.Builder configure(HtmlRenderer.Builder builder) {
		return builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {

			@Override
			public AttributeProvider apply(LinkResolverContext context) {
				return new Attributes(COLLECTED.get(context.getDocument()));
			}

		}).nodeRendererFactory(PlainMarkdown::tableBox);
	}

	/**
	 * Keeps only the attributes the allowlist keeps on each element, rewrites {@code x.md} links to
	 * page addresses, marks links to other sites {@code noopener noreferrer}, and renames heading
	 * ids the layout uses itself.
	 */
	private static final class Attributes implements AttributeProvider {

		private final Collected collected;

		Attributes(Collected collected) {
			this.collected = collected;
		}

		@Override
		public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
			if (part == TABLE_BOX) {
				return;
			}
			boolean link = node instanceof Link || node instanceof AutoLink || node instanceof MailLink;
			Set<String> allowed;
			if (link) {
				allowed = LINK_ATTRIBUTES;
			}
			else if (node instanceof Image) {
				allowed = IMAGE_ATTRIBUTES;
			}
			else if (node instanceof OrderedList) {
				allowed = Set.of("start");
			}
			else if (node instanceof Heading heading && heading.getLevel() <= 4) {
				allowed = Set.of("id");
			}
			else {
				allowed = Set.of();
			}
			for (String name : List.copyOf(attributes.keySet())) {
				if (!allowed.contains(name)) {
					attributes.remove(name);
				}
			}
			if (link && attributes.contains("href")) {
				String href = attributes.getValue("href");
				String internal = MarkdownRenderer.internal(href, this.collected.kind);
				if (internal != null && !internal.equals(href)) {
					attributes.replaceValue("href", internal);
				}
				else if ((href.startsWith("http://") || href.startsWith("https://"))
						&& !href.startsWith(MarkdownRenderer.BASE)) {
					attributes.replaceValue("rel", "noopener noreferrer");
				}
			}
			if (attributes.contains("id") && !attributes.getValue("id").isEmpty()) {
				String id = MarkdownRenderer.pageId(attributes.getValue("id"));
				attributes.replaceValue("id", id);
				this.collected.ids.put(node, id);
			}
		}

	}

	/** A table inside a box that scrolls on a phone and can be reached by keyboard, as on the jsoup path. */
	private static NodeRenderer tableBox(DataHolder options) {
		return () -> Set.of(new NodeRenderingHandler<>(TableBlock.class, (table, context, html) -> {
			List<String> headers = new ArrayList<>();
			for (Node cell : table.getDescendants()) {
				if (cell instanceof TableCell && cell.getAncestorOfType(TableHead.class) != null) {
					String text = text(cell);
					if (!text.isEmpty()) {
						headers.add(text);
					}
				}
			}
			html.attr("class", "table-scroll")
				.attr("role", "region")
				.attr("tabindex", "0")
				.attr("aria-label", headers.isEmpty() ? "Table" : "Table: " + String.join(", ", headers))
				.withAttr(TABLE_BOX)
				.tag("div");
			context.delegateRender();
			html.tag("/div");
		}));
	}

	/** A node's text as jsoup's {@code text()} gives it for the node's HTML: whitespace collapsed, trimmed. */
	static String text(Node node) {
		StringBuilder text = new StringBuilder();
		appendText(node, text);
		return WHITESPACE.matcher(text).replaceAll(" ").trim();
	}

	/**
	 * The text a reader sees, with a space wherever jsoup's {@code text()} puts one: between blocks
	 * and at line breaks. Image descriptions are not page text.
	 */
	static void appendText(Node node, StringBuilder out) {
		if (node instanceof Text text) {
			// a plain copy unless there is something to unescape: flexmark's unescape reads char by char
			String chars = text.getChars().toString();
			out.append((chars.indexOf('\\') < 0 && chars.indexOf('&') < 0) ? chars : text.getChars().unescape());
			return;
		}
		if (node instanceof AutoLink link) {
			out.append(link.getText().toString());
			return;
		}
		if (node instanceof MailLink link) {
			out.append(link.getText().toString());
			return;
		}
		if (node instanceof Image || node instanceof TableSeparator) {
			return;
		}
		if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
			out.append(' ').append(((ContentNode) node).getContentChars().toString()).append(' ');
			return;
		}
		if (node instanceof Code code) {
			out.append(code.getText().toString());
			return;
		}
		if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			out.append(' ');
			return;
		}
		boolean block = !(node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link
				|| node instanceof TextBase || node instanceof Strikethrough);
		if (block) {
			out.append(' ');
		}
		for (Node child : node.getChildren()) {
			appendText(child, out);
		}
		if (block) {
			out.append(' ');
		}
	}

}
