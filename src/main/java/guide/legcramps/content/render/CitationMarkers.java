package guide.legcramps.content.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import guide.legcramps.content.Problems;

/**
 * Finds the citations in a markdown body, in pandoc's syntax: {@code [@id]} or {@code [@id1; @id2]},
 * outside code. Each is replaced by a placeholder of three private-use characters, which markdown
 * and the sanitiser leave alone and which are neither letters nor digits, so the placeholder
 * counts as no word. The link stage numbers the works in the order the page first cites them and
 * puts the numbered links in place, once the bibliography of the whole content set is known (so
 * an edit to {@code references.yaml} reaches every page that cites it).
 */
final class CitationMarkers {

	static final char START = '\uE000';

	static final char END = '\uE001';

	/** The placeholder's middle character is this plus the citation's index. */
	private static final char FIRST_INDEX = '\uE100';

	/** Private-use characters up to U+F8FF are free; a page with more citations than this is an error. */
	static final int MAX_CITATIONS = 4096;

	/** {@code [@...]}, not escaped and not the text of a link ({@code [@x](url)}). */
	private static final Pattern CITATION = Pattern.compile("(?<!\\\\)\\[(@[^\\[\\]\\n]*)\\](?!\\()");

	private static final Pattern ID = Pattern.compile("@([a-z0-9]+(?:-[a-z0-9]+)*)");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");

	private static final String MISPLACED = "a citation belongs in the text: not in a heading, a link, code or an image's"
			+ " description";

	/** Elements a numbered link cannot sit in. */
	private static final Set<String> NO_LINK_INSIDE = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6");

	private CitationMarkers() {
	}

	/** The placeholder of a body's {@code n}th citation. */
	static String placeholder(int n) {
		return new String(new char[] { START, (char) (FIRST_INDEX + n), END });
	}

	/** The HTML with each citation's placeholder replaced by what {@code made} makes of it, in their order. */
	static String fill(String html, List<MarkdownRenderer.Citation> citations,
			Function<MarkdownRenderer.Citation, String> made) {
		if (citations.isEmpty()) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length() + 200 * citations.size());
		int last = 0;
		for (int at = html.indexOf(START); at >= 0 && at + 2 < html.length(); at = html.indexOf(START, at + 1)) {
			int index = html.charAt(at + 1) - FIRST_INDEX;
			if (html.charAt(at + 2) == END && index >= 0 && index < citations.size()) {
				String citation = made.apply(citations.get(index));
				// a citation that comes to nothing takes the space before it along
				int end = (citation.isEmpty() && at > last && html.charAt(at - 1) == ' ') ? at - 1 : at;
				out.append(html, last, end).append(citation);
				last = at + 3;
			}
		}
		return out.append(html, last, html.length()).toString();
	}

	/** The body with every citation replaced, and the citations in order. */
	record Found(String body, List<MarkdownRenderer.Citation> citations) {
	}

	static Found find(String body, int bodyLine, Problems problems) {
		if (body.indexOf(START) >= 0 || body.indexOf(END) >= 0) {
			problems.error(bodyLine, 1, "the text holds a private-use character the site keeps for itself (U+E000"
					+ " or U+E001); remove it");
			return new Found(body, List.of());
		}
		if (!body.contains("[@")) {
			return new Found(body, List.of());
		}
		String[] lines = body.split("\n", -1);
		List<MarkdownRenderer.Citation> citations = new ArrayList<>();
		boolean inFence = false;
		for (int i = 0; i < lines.length; i++) {
			if (FENCE.matcher(lines[i]).matches()) {
				inFence = !inFence;
			}
			else if (!inFence && lines[i].contains("[@")) {
				lines[i] = replace(lines[i], bodyLine + i, citations, problems);
			}
		}
		if (citations.size() > MAX_CITATIONS) {
			problems.error(bodyLine, 1, "a page may cite at most " + MAX_CITATIONS + " times (it cites "
					+ citations.size() + " times)");
			return new Found(body, List.of());
		}
		return new Found(String.join("\n", lines), List.copyOf(citations));
	}

	private static String replace(String line, int lineNumber, List<MarkdownRenderer.Citation> citations,
			Problems problems) {
		boolean[] code = codeSpans(line);
		StringBuilder out = new StringBuilder();
		int last = 0;
		Matcher matcher = CITATION.matcher(line);
		while (matcher.find()) {
			if (code[matcher.start()]) {
				continue;
			}
			int column = matcher.start() + 1;
			List<String> ids = ids(matcher.group(), matcher.group(1), lineNumber, column, problems);
			if (ids.isEmpty()) {
				continue;
			}
			out.append(line, last, matcher.start()).append(placeholder(citations.size()));
			citations.add(new MarkdownRenderer.Citation(ids, lineNumber, column));
			last = matcher.end();
		}
		return out.append(line.substring(last)).toString();
	}

	/** The ids of {@code @a; @b}, or none when it is not written as a citation (reported). */
	private static List<String> ids(String written, String inside, int line, int column, Problems problems) {
		Set<String> ids = new LinkedHashSet<>();
		for (String part : inside.split(";", -1)) {
			Matcher id = ID.matcher(part.strip());
			if (!id.matches()) {
				problems.error(line, column, "'" + written + "' is not a citation: write [@id] or [@id1; @id2], each id"
						+ " in lowercase letters, digits and hyphens");
				return List.of();
			}
			if (!ids.add(id.group(1))) {
				problems.error(line, column, "'" + written + "' cites '" + id.group(1) + "' twice");
				return List.of();
			}
		}
		return List.copyOf(ids);
	}

	/** Which characters of a line are inside a code span ({@code `...`}, any number of backticks). */
	private static boolean[] codeSpans(String line) {
		boolean[] code = new boolean[line.length()];
		int i = 0;
		while (i < line.length()) {
			if (line.charAt(i) != '`') {
				i++;
				continue;
			}
			int run = runOfBackticks(line, i);
			int close = i + run;
			while (close < line.length() && !(line.charAt(close) == '`' && runOfBackticks(line, close) == run)) {
				close += (line.charAt(close) == '`') ? runOfBackticks(line, close) : 1;
			}
			if (close >= line.length()) {
				i += run;
				continue;
			}
			for (int j = i; j < close + run; j++) {
				code[j] = true;
			}
			i = close + run;
		}
		return code;
	}

	private static int runOfBackticks(String line, int from) {
		int end = from;
		while (end < line.length() && line.charAt(end) == '`') {
			end++;
		}
		return end - from;
	}

	/** Every citation must come out of markdown as text, where a numbered link can stand. */
	static void checkPlaced(String html, List<MarkdownRenderer.Citation> citations, Problems problems) {
		if (citations.isEmpty()) {
			return;
		}
		boolean[] wellPlaced = wellPlaced(html, citations.size());
		for (int i = 0; i < citations.size(); i++) {
			if (!wellPlaced[i]) {
				problems.error(citations.get(i).line(), citations.get(i).column(), MISPLACED);
			}
		}
	}

	/**
	 * For each of the {@code count} placeholders, whether the rendered HTML has it where a numbered
	 * link can go: not inside a tag (an image's description), a link, a heading or code, and not
	 * missing. One pass over the HTML, keeping count of the elements open: looking back from every
	 * placeholder for each element's last opening and closing tag cost a tenth of a 10,000-article
	 * load.
	 */
	private static boolean[] wellPlaced(String html, int count) {
		boolean[] wellPlaced = new boolean[count];
		int open = 0;
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '<') {
				int close = html.indexOf('>', i);
				if (close < 0) {
					break; // what follows is inside a tag that never ends: no placeholder there is well placed
				}
				boolean closing = close > i + 1 && html.charAt(i + 1) == '/';
				int nameStart = closing ? i + 2 : i + 1;
				int nameEnd = nameStart;
				while (nameEnd < close && Character.isLetterOrDigit(html.charAt(nameEnd))) {
					nameEnd++;
				}
				if (NO_LINK_INSIDE.contains(html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
					open = closing ? Math.max(0, open - 1) : open + 1;
				}
				i = close + 1; // a placeholder inside the tag is passed over: not well placed
			}
			else if (c == START && i + 2 < html.length() && html.charAt(i + 2) == END) {
				int index = html.charAt(i + 1) - FIRST_INDEX;
				if (index >= 0 && index < count) {
					wellPlaced[index] = open == 0;
				}
				i += 3;
			}
			else {
				i++;
			}
		}
		return wellPlaced;
	}

}
