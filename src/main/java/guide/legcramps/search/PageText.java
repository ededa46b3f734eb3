package guide.legcramps.search;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page's rendered HTML as the plain text search indexes, made once per load: the headings apart
 * (they are labels, not sentences, and make poor snippets), and the rest cut into sentences, with
 * {@link #SENTENCE_END} after each and after every block (a list item, a table row), so a snippet is
 * always whole sentences and never runs from one block into the next. Citation numbers are left out. A table row's cells are
 * joined by "; ". Finding the sentences here, once per load, saves every search doing it again
 * around every match.
 */
record PageText(String headings, String body) {

	/**
	 * The control character "record separator": no text has it, and it is in Latin-1, so a page's
	 * text stays a string of one byte a character (Unicode's paragraph separator would make it two).
	 */
	static final char SENTENCE_END = '\u001e';

	private static final String SENTENCE_END_STRING = String.valueOf(SENTENCE_END);

	private static final Set<String> BLOCKS = Set.of("p", "li", "dt", "dd", "pre", "blockquote", "figcaption", "ul",
			"ol", "dl", "table", "tr", "div");

	/** The numbered citations {@code content/link/Citations} puts into the text. */
	private static final String CITATIONS = "span.cite";

	private static final Set<String> CELLS = Set.of("td", "th");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	static PageText of(String html) {
		if (html == null || html.isBlank()) {
			return new PageText("", "");
		}
		Text headings = new Text();
		Text body = new Text();
		Element fragment = Jsoup.parseBodyFragment(html).body();
		// a citation's number ("[source 1]") is no word of the page: a reader neither searches for it
		// nor wants it in a snippet
		fragment.select(CITATIONS).remove();
		NodeTraversor.traverse(new NodeVisitor() {

			private int inHeading;

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					(this.inHeading > 0 ? headings : body).append(text.getWholeText());
				}
				else if (node instanceof Element element) {
					String name = element.normalName();
					if (HEADINGS.contains(name)) {
						this.inHeading++;
					}
					else if (name.equals("br")) {
						body.space();
					}
					else if (BLOCKS.contains(name)) {
						body.endBlock(); // a list inside a list item starts a block of its own
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					String name = element.normalName();
					if (HEADINGS.contains(name)) {
						this.inHeading--;
						headings.endBlock();
					}
					else if (BLOCKS.contains(name)) {
						body.endBlock();
					}
					else if (CELLS.contains(name)) {
						body.endCell();
					}
				}
			}

		}, fragment);
		return new PageText(headings.toString(), sentences(body.toString()));
	}

	/** The text with {@link #SENTENCE_END} between its sentences too, by the JDK's English sentence rules. */
	private static String sentences(String blocks) {
		StringBuilder out = new StringBuilder(blocks.length() + blocks.length() / 40);
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		for (String block : blocks.split(SENTENCE_END_STRING)) {
			if (!out.isEmpty()) {
				out.append(SENTENCE_END);
			}
			sentences.setText(block);
			int start = sentences.first();
			for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
				if (start > 0) {
					out.append(SENTENCE_END);
				}
				out.append(block, start, end);
				out.setLength(trimmed(out));
			}
		}
		return out.toString();
	}

	/** The length of {@code text} without the spaces at its end. */
	private static int trimmed(StringBuilder text) {
		int length = text.length();
		while (length > 0 && text.charAt(length - 1) == ' ') {
			length--;
		}
		return length;
	}

	/**
	 * Text as it is appended, tidied on the way: runs of white space become one space, and a space,
	 * a cell's end or a block's end is written only between two pieces of text, the strongest one.
	 */
	private static final class Text {

		private final StringBuilder out = new StringBuilder();

		private boolean space;

		private boolean cell;

		private boolean block;

		void append(String text) {
			int length = text.length();
			int i = 0;
			while (i < length) {
				if (isSpace(text.charAt(i))) {
					this.space = true;
					i++;
					continue;
				}
				int end = i + 1;
				while (end < length && !isSpace(text.charAt(end))) {
					end++;
				}
				if (!this.out.isEmpty()) {
					if (this.block) {
						this.out.append(SENTENCE_END);
					}
					else if (this.cell) {
						this.out.append("; ");
					}
					else if (this.space) {
						this.out.append(' ');
					}
				}
				this.block = false;
				this.cell = false;
				this.space = false;
				this.out.append(text, i, end);
				i = end;
			}
		}

		private static boolean isSpace(char c) {
			return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
		}

		void space() {
			this.space = true;
		}

		void endCell() {
			this.cell = true;
		}

		void endBlock() {
			this.block = true;
		}

		@Override
		public String toString() {
			return this.out.toString();
		}

	}

}
