package guide.legcramps.content.render;

import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import guide.legcramps.content.Problems;

/**
 * A hub's lead: the text of a topic file before a line {@code <!--more-->} is shown above the list
 * of the hub's articles, and the rest after it, so a reader on a phone sees the first article
 * without scrolling. The marker stands in the body as a placeholder paragraph until the link stage
 * splits the finished HTML there ({@link #split}). The rest must start with a {@code ##} heading of
 * its own, as it follows the list; the lead should be about {@value #LEAD_WORDS} words at most.
 */
public final class HubLead {

	/** About two phone-screen paragraphs: with the header, title and other names, the first article still shows. */
	public static final int LEAD_WORDS = 60;

	static final String PLACEHOLDER = "LegcrampsLeadEnd";

	private static final String PLACEHOLDER_HTML = "<p>" + PLACEHOLDER + "</p>";

	private static final Pattern MARKER = Pattern.compile("^ {0,3}<!--\\s*more\\s*-->\\s*$");

	private HubLead() {
	}

	static boolean isMarker(String line) {
		return MARKER.matcher(line).matches();
	}

	/**
	 * The words of the lead (before the placeholder), or -1 when the body has no marker; reports a
	 * marker that is not a paragraph of its own, and a rest that does not start with a {@code ##}.
	 */
	static int leadWords(Document document, int markerLine, Problems problems) {
		StringBuilder lead = new StringBuilder();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Paragraph && PLACEHOLDER.equals(PlainMarkdown.text(node))) {
				Node next = node.getNext();
				if (next != null && !(next instanceof Heading heading && heading.getLevel() == 2)) {
					problems.error(markerLine, 1, "the text after <!--more--> is shown after the list of articles:"
							+ " start it with a '##' heading of its own");
				}
				return MarkdownRenderer.countWords(lead.toString());
			}
			PlainMarkdown.appendText(node, lead);
		}
		problems.error(markerLine, 1,
				"<!--more--> must be a paragraph of its own: leave a blank line before and after it");
		return -1;
	}

	/** A topic's HTML: the lead, and the rest (null when there is no marker, or nothing after it). */
	public record Split(String lead, String rest) {
	}

	/** Splits a topic's finished HTML (its cards and figures in place) at the marker. */
	public static Split split(String html) {
		int at = html.indexOf(PLACEHOLDER_HTML);
		if (at < 0) {
			return new Split(html, null);
		}
		String rest = html.substring(at + PLACEHOLDER_HTML.length());
		return new Split(html.substring(0, at), rest.isBlank() ? null : rest.stripLeading());
	}

}
