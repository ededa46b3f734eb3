package guide.legcramps.content.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import guide.legcramps.content.Problems;
import guide.legcramps.content.read.ContentKind;

/**
 * Finds the care card markers in a markdown body: a line {@code {{< care rule-id >}}} of its own,
 * outside code blocks, names the warning-sign rule whose card belongs there. Each marker line is
 * replaced by a placeholder paragraph that the link stage swaps for the card, once the rules of the
 * whole content set are known (so a change to {@code care.yaml} reaches every page that shows it).
 * A hub's {@code <!--more-->} line ({@link HubLead}) is found on the same walk.
 */
final class CareMarkers {

	/** The marker, as an editor writes it. */
	private static final Pattern MARKER = Pattern.compile("^ {0,3}\\{\\{<\\s*care\\s+([^\\s>]*)\\s*>}}\\s*$");

	/** Anything else that looks like a shortcode, so a typo is reported rather than shown as text. */
	private static final Pattern SHORTCODE = Pattern.compile("^ {0,3}\\{\\{<.*$");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");

	private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s.*$");

	/** The text of the paragraph that stands in for the {@code n}th card of a body. */
	static String placeholder(int n) {
		return "LegcrampsCareCard" + n;
	}

	/** The body with every marker replaced, the cards in order, and the line of a hub's lead marker (0 for none). */
	record Found(String body, List<MarkdownRenderer.CareCard> cards, int leadMarkerLine) {
	}

	static Found find(String body, int bodyLine, ContentKind kind, Problems problems) {
		if (!body.contains("{{<") && !body.contains("<!--")) {
			return new Found(body, List.of(), 0);
		}
		int leadMarkerLine = 0;
		String[] lines = body.split("\n", -1);
		List<MarkdownRenderer.CareCard> cards = new ArrayList<>();
		boolean inFence = false;
		int headingLevel = 1;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (FENCE.matcher(line).matches()) {
				inFence = !inFence;
				continue;
			}
			if (inFence) {
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				headingLevel = heading.group(1).length();
				continue;
			}
			if (HubLead.isMarker(line)) {
				if (kind != ContentKind.TOPIC) {
					problems.warning(bodyLine + i, 1, "<!--more--> only divides a topic's introduction; it is ignored here");
				}
				else if (leadMarkerLine > 0) {
					problems.error(bodyLine + i, 1, "a hub has one <!--more--> (the first is on line " + leadMarkerLine + ")");
				}
				else {
					leadMarkerLine = bodyLine + i;
				}
				lines[i] = (leadMarkerLine == bodyLine + i) ? HubLead.PLACEHOLDER : "";
				continue;
			}
			Matcher marker = MARKER.matcher(line);
			if (marker.matches() && SLUG.matcher(marker.group(1)).matches()) {
				lines[i] = placeholder(cards.size());
				cards.add(new MarkdownRenderer.CareCard(marker.group(1), bodyLine + i, Math.min(6, headingLevel + 1)));
			}
			else if (marker.matches()) {
				problems.error(bodyLine + i, 1, "a care card needs a rule id (lowercase letters, digits and hyphens): "
						+ "{{< care rule-id >}}");
			}
			else if (SHORTCODE.matcher(line).matches()) {
				problems.error(bodyLine + i, 1, "'" + line.strip() + "' is not a care card; write {{< care rule-id >}}");
			}
		}
		return new Found(String.join("\n", lines), List.copyOf(cards), leadMarkerLine);
	}

}
