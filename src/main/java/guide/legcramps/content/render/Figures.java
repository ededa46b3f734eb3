package guide.legcramps.content.render;

import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import guide.legcramps.content.Problems;

/**
 * An image on a paragraph of its own, {@code ![alt](/images/x.svg "caption")}, becomes a figure:
 * the image, then its caption. The caption is parsed as markdown by the same parser as the body,
 * and its nodes become part of the body's tree ({@link FigureCaption}), so everything that reads
 * the body (the link checks, the word count, the allowlist, a later pass over its text) reads the
 * caption too, at the figure's line. A caption that would not be one paragraph of text (it starts
 * like a list or a heading) is shown as plain text. The image in a figure has no {@code title}: the
 * caption already says it.
 */
final class Figures {

	/** Where the site's own images are, as pages write them. */
	static final String SITE_IMAGES = "/images/";

	private Figures() {
	}

	/** A figure: its image, and its caption when the image has a title. */
	static final class Figure extends Block {

		Figure(BasedSequence chars) {
			super(chars);
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

		Image image() {
			return (Image) getFirstChild();
		}

	}

	/** A figure's caption, holding the inline nodes of the image's title. */
	static final class FigureCaption extends Block {

		FigureCaption(BasedSequence chars) {
			super(chars);
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

	/** Turns every top-level paragraph that holds one image and nothing else into a figure. */
	static void wrap(Document document, Parser parser) {
		Node node = document.getFirstChild();
		while (node != null) {
			Node next = node.getNext();
			if (node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Image image
					&& image.getNext() == null) {
				Figure figure = new Figure(paragraph.getChars());
				image.unlink();
				figure.appendChild(image);
				if (!image.getTitle().isBlank()) {
					figure.appendChild(caption(image.getTitle(), parser));
				}
				paragraph.insertBefore(figure);
				paragraph.unlink();
			}
			node = next;
		}
	}

	private static FigureCaption caption(BasedSequence title, Parser parser) {
		FigureCaption caption = new FigureCaption(title);
		// parsed in place: the nodes keep their offsets in the body, so their lines are the figure's
		Node parsed = parser.parse(title).getFirstChild();
		if (parsed instanceof Paragraph paragraph && paragraph.getNext() == null) {
			caption.takeChildren(paragraph);
		}
		else {
			caption.appendChild(new Text(title));
		}
		return caption;
	}

	/**
	 * Every image needs alt text that says what it shows; an image of this site
	 * ({@code /images/<name>}) is added to {@code uses}, for the checks and its address.
	 */
	static void check(Image image, int line, Problems problems, List<MarkdownRenderer.ImageUse> uses) {
		if (new TextCollectingVisitor().collectAndGetText(image).isBlank()) {
			problems.error(line, 1, "an image needs alt text that says what it shows: ![what it shows]("
					+ image.getUrl() + ")");
		}
		String src = image.getUrl().unescape();
		if (src.startsWith(SITE_IMAGES)) {
			uses.add(new MarkdownRenderer.ImageUse(src.substring(SITE_IMAGES.length()), src, line));
		}
	}

	/** Writes figures and captions; the same on the plain path and before the allowlist. */
	static NodeRenderer renderer(DataHolder options) {
		return () -> Set.of(new NodeRenderingHandler<>(Figure.class, (figure, context, html) -> {
			Image image = figure.image();
			String src = context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null, null).getUrl();
			String alt = new TextCollectingVisitor().collectAndGetText(image);
			html.line().tag("figure");
			// written whole: the plain path's attribute filter would judge these by the figure's rules
			html.raw("<img src=\"" + Escaping.escapeHtml(src, false) + "\" alt=\"" + Escaping.escapeHtml(alt, false)
					+ "\">");
			for (Node child = image.getNext(); child != null; child = child.getNext()) {
				context.render(child);
			}
			html.tag("/figure").line();
		}), new NodeRenderingHandler<>(FigureCaption.class, (caption, context, html) -> {
			html.tag("figcaption");
			context.renderChildren(caption);
			html.tag("/figcaption");
		}));
	}

}
