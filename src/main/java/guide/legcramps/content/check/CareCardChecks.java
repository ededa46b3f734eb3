package guide.legcramps.content.check;

import java.util.List;
import java.util.Map;

import guide.legcramps.content.Problems;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;

/**
 * Every care card a page names must be a rule of {@code care.yaml}; an unknown rule is an error
 * (with "did you mean"), a rule that failed its own checks a warning. Once the site has rules, an
 * article or hub that shows no card is a warning: a page about symptoms, medicines or conditions
 * says when to get help.
 */
final class CareCardChecks {

	static final String CARE_FILE = "care.yaml";

	private CareCardChecks() {
	}

	/** Removes every document that names an unknown rule. */
	static void check(RenderedContent content, CareRules rules, List<ContentProblem> problems) {
		for (Map<String, ? extends RenderedDocument<?>> kind : content.kinds()) {
			for (RenderedDocument<?> document : List.copyOf(kind.values())) {
				Problems fileProblems = new Problems(document.path());
				for (MarkdownRenderer.CareCard card : document.rendered().cards()) {
					check(card, rules, fileProblems);
				}
				boolean needsCard = kind == content.articles() || kind == content.topics();
				if (needsCard && rules.exist() && document.rendered().cards().isEmpty()) {
					fileProblems.warning(document.document().origin().bodyLine(), 1,
							"shows no care card: a page about symptoms, medicines or conditions says when to get"
									+ " help, with a line {{< care rule-id >}} (the rules are in " + CARE_FILE + ")");
				}
				problems.addAll(fileProblems.list());
				if (fileProblems.hasErrors()) {
					kind.remove(document.document().slug());
				}
			}
		}
	}

	private static void check(MarkdownRenderer.CareCard card, CareRules rules, Problems problems) {
		if (rules.rules().containsKey(card.rule())) {
			return;
		}
		if (rules.failed().contains(card.rule())) {
			problems.warning(card.line(), 1, "care rule '" + card.rule() + "' did not load (see " + CARE_FILE
					+ "'s own problems); its card is left out until it is fixed");
			return;
		}
		problems.error(card.line(), 1, "unknown care rule '" + card.rule() + "' (" + CARE_FILE + " has no rule with"
				+ " that id)" + SlugSuggestions.didYouMean(card.rule(), rules.rules().keySet()));
	}

}
