package guide.legcramps.content.link;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.read.Reference;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.site.Dates;

/**
 * The care cards of one content set, in the style of the NHS design system's care cards: each rule's
 * card is made once from {@code care.yaml} and put in place of every marker that names it, so every
 * page shows a rule in the same words at the same level, and names the works it rests on (from
 * {@code references.yaml}, looked up by the checks) with the day each wording was checked. jsoup
 * writes the HTML, so the rules' words are always escaped. A marker whose rule did not load (the
 * checks said why) is left out.
 */
final class CareCards {

	private final CareRules rules;

	/** Each rule's card by heading level, made on first use. */
	private final Map<String, String> made = new HashMap<>();

	private final Document owner = Document.createShell("");

	CareCards(CareRules rules) {
		this.rules = rules;
		this.owner.outputSettings().prettyPrint(false);
	}

	/** What stands in place of a marker: its rule's card, or nothing when the rule did not load. */
	String card(MarkdownRenderer.CareCard marker) {
		CareRules.Rule rule = this.rules.rules().get(marker.rule());
		if (rule == null) {
			return "";
		}
		return this.made.computeIfAbsent(rule.id() + "/" + marker.headingLevel(),
				(key) -> html(rule, marker.headingLevel()));
	}

	private String html(CareRules.Rule rule, int headingLevel) {
		Element card = this.owner.body()
			.appendElement("div")
			.addClass("care-card")
			.addClass("care-card--" + rule.level().key())
			.attr("data-care-rule", rule.id());
		Element heading = card.appendElement("h" + headingLevel).addClass("care-card__heading");
		heading.appendElement("span").addClass("care-card__level").text(stripColon(rule.heading()) + ":");
		heading.appendText(" " + rule.action());
		Element content = card.appendElement("div").addClass("care-card__content");
		Element signs = content.appendElement("ul");
		rule.signs().forEach((sign) -> signs.appendElement("li").text(sign));
		if (rule.after() != null) {
			content.appendElement("p").text(rule.after());
		}
		Element basis = content.appendElement("p").addClass("care-card__source").appendText("Based on: ");
		for (int i = 0; i < rule.sources().size(); i++) {
			Reference work = rule.sources().get(i).work();
			if (i > 0) {
				basis.appendText("; ");
			}
			String name = ((work.where() != null) ? work.where() + ", " : "") + "\u201c" + work.title() + "\u201d";
			if (work.link() != null) {
				basis.appendElement("a").attr("href", work.link()).attr("rel", "noopener noreferrer").text(name);
			}
			else {
				basis.appendText(name);
			}
		}
		basis.appendText(" (checked " + rule.sources()
			.stream()
			.map((s) -> Dates.format(s.checked()))
			.distinct()
			.collect(Collectors.joining(", ")) + ").");
		String html = card.outerHtml();
		card.remove();
		return html;
	}

	private static String stripColon(String heading) {
		return heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading;
	}

}
