package guide.legcramps.content.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.read.Bibliography;
import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.read.ContentImages;
import guide.legcramps.content.read.ContentKind;
import guide.legcramps.content.render.RenderedContent;

/**
 * The checks across files (references, aliases, links, images, care cards), in the order they
 * depend on each other: a document that fails one is removed from the content before the next
 * runs, and reported. A reference to a file that exists but failed its own checks is only a
 * warning, so one broken file never empties the site.
 */
public final class CrossFileChecks {

	private CrossFileChecks() {
	}

	/**
	 * What passed: every alias of the articles that passed, as old path to canonical path, and the
	 * care rules whose sources were all found, each with its works looked up.
	 */
	public record Checked(Map<String, String> aliases, CareRules care) {
	}

	/**
	 * @param present the slugs of every file read, by kind, whether it loaded or not
	 * @param parsedArticles the articles that were read and rendered, before any check removed one
	 */
	public static Checked check(RenderedContent content, CareRules care, Bibliography bibliography,
			ContentImages images,
			Map<ContentKind, Set<String>> present, Set<String> parsedArticles, LocalDate today,
			List<ContentProblem> problems) {
		TagSpelling.warnNearDuplicates(content.tags(), problems);
		ReservedSlugs.removeReservedPages(content.pages(), problems);
		CareRules checkedCare = CitationChecks.check(content, bibliography, care, problems);
		References.check(content, parsedArticles, present, today, problems);
		Map<String, String> aliases = Aliases.check(content, problems);
		Links.check(content, today, problems);
		ImageChecks.check(content, images, problems);
		CareCardChecks.check(content, checkedCare, problems);
		return new Checked(aliases, checkedCare);
	}

}
