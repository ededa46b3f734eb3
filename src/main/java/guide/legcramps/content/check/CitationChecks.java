package guide.legcramps.content.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.Bibliography;
import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.read.FrontMatter;
import guide.legcramps.content.read.OldSources;
import guide.legcramps.content.read.Reference;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;

/**
 * Every work a page cites ({@code [@id]}) or offers as further reading, and every source of a care
 * rule, must be an entry of {@code references.yaml}: an unknown id is an error (with "did you
 * mean"), an entry that failed its own checks a warning. A page gives its sources one way, cited
 * in its text or in the old front-matter list ({@link OldSources}), which is a warning once
 * {@code references.yaml} exists. An entry nothing uses is a warning.
 */
final class CitationChecks {

	static final String FILE = "references.yaml";

	private CitationChecks() {
	}

	/**
	 * Removes every document that cites an unknown work, and returns the care rules with each
	 * source looked up; a rule with an unknown or failed source is left out.
	 */
	static CareRules check(RenderedContent content, Bibliography bibliography, CareRules care,
			List<ContentProblem> problems) {
		warnAboutUnused(content, bibliography, care, problems);
		for (Map<String, ? extends RenderedDocument<?>> kind : content.kinds()) {
			for (RenderedDocument<?> document : List.copyOf(kind.values())) {
				Problems fileProblems = new Problems(document.path());
				check(document, kind == content.authors(), bibliography, fileProblems);
				problems.addAll(fileProblems.list());
				if (fileProblems.hasErrors()) {
					kind.remove(document.document().slug());
				}
			}
		}
		return careSources(care, bibliography, problems);
	}

	private static void check(RenderedDocument<?> rendered, boolean author, Bibliography bibliography,
			Problems problems) {
		List<MarkdownRenderer.Citation> citations = rendered.rendered().citations();
		if (author && !citations.isEmpty()) {
			problems.error(citations.get(0).line(), citations.get(0).column(), "an author's page has no list of"
					+ " sources, so it cites nothing: cite works in the articles that rest on them");
			return;
		}
		Set<String> cited = new HashSet<>();
		for (MarkdownRenderer.Citation citation : citations) {
			for (String id : citation.ids()) {
				cited.add(id);
				lookUp(id, "", citation.line(), citation.column(), bibliography, problems);
			}
		}
		Document document = rendered.document();
		FrontMatter fm = document.origin().frontMatter();
		if (fm.has("sources") && !citations.isEmpty()) {
			problems.error(fm.line("sources"), 1, "this page cites its sources in its text, so its old 'sources'"
					+ " list must go: a page's sources are exactly the works it cites");
		}
		else if (fm.has("sources") && bibliography.exists()) {
			problems.warning(fm.line("sources"), 1, "'sources' is the old way to list sources: " + OldSources.NEW_WAY);
		}
		for (String id : document.furtherReading()) {
			if (cited.contains(id)) {
				problems.warning(fm.line("further_reading"), 1, "'further_reading' lists '" + id
						+ "', which the text cites: it is listed under Sources, so take it out of 'further_reading'");
			}
			else {
				lookUp(id, "'further_reading' lists ", fm.line("further_reading"), 1, bibliography, problems);
			}
		}
	}

	/**
	 * Whether the work is there to show; reports why not.
	 * @param where what names the work, when not a citation: "'further_reading' lists "
	 */
	private static boolean lookUp(String id, String where, int line, int column, Bibliography bibliography,
			Problems problems) {
		if (bibliography.references().containsKey(id)) {
			return true;
		}
		if (bibliography.failed().contains(id)) {
			problems.warning(line, column, where + "reference '" + id + (where.isEmpty() ? "' did not load" : "', which"
					+ " did not load,") + " (see " + FILE + "'s own problems); it is left out until it is fixed");
		}
		else {
			problems.error(line, column, where + "unknown reference '" + id + "' ("
					+ (bibliography.exists() ? FILE + " has no entry with that id" : "there is no " + FILE) + ")"
					+ SlugSuggestions.didYouMean(id, bibliography.references().keySet()));
		}
		return false;
	}

	/** A care rule's sources, each looked up in the bibliography; a rule whose source is missing is left out. */
	private static CareRules careSources(CareRules care, Bibliography bibliography, List<ContentProblem> problems) {
		if (!care.exist()) {
			return care;
		}
		Problems fileProblems = new Problems(care.path());
		Map<String, CareRules.Rule> rules = new LinkedHashMap<>();
		Set<String> failed = new TreeSet<>(care.failed());
		for (CareRules.Rule rule : care.rules().values()) {
			List<CareRules.Source> sources = new ArrayList<>();
			for (CareRules.Source source : rule.sources()) {
				if (source.id() == null && bibliography.exists()) {
					fileProblems.warning(source.line(), 1, "this source is given the old way: name the work by its id"
							+ " in " + FILE + " ('- id: ...' and 'checked: ...')");
				}
				if (source.id() == null) {
					sources.add(source);
				}
				else if (lookUp(source.id(), "rule '" + rule.id() + "' names ", source.line(), 1, bibliography,
						fileProblems)) {
					sources.add(source.withWork(bibliography.references().get(source.id())));
				}
			}
			if (sources.size() < rule.sources().size()) {
				failed.add(rule.id());
			}
			else {
				rules.put(rule.id(), rule.withSources(List.copyOf(sources)));
			}
		}
		problems.addAll(fileProblems.list());
		return care.with(rules, failed);
	}

	/** An entry that no page cites or offers, and no care rule names, is a warning at its line. */
	private static void warnAboutUnused(RenderedContent content, Bibliography bibliography, CareRules care,
			List<ContentProblem> problems) {
		Set<String> used = new HashSet<>();
		for (Map<String, ? extends RenderedDocument<?>> kind : content.kinds()) {
			for (RenderedDocument<?> document : kind.values()) {
				document.rendered().citations().forEach((citation) -> used.addAll(citation.ids()));
				used.addAll(document.document().furtherReading());
			}
		}
		care.rules().values().forEach((rule) -> rule.sources().forEach((source) -> used.add(source.id())));
		Problems fileProblems = new Problems(bibliography.path());
		for (Reference reference : bibliography.references().values()) {
			if (!used.contains(reference.id())) {
				fileProblems.warning(reference.line(), 1, "reference '" + reference.id() + "' is not cited by any"
						+ " page, offered as further reading or named by a care rule: cite it where a claim rests"
						+ " on it, or remove it");
			}
		}
		problems.addAll(fileProblems.list());
	}

}
