package guide.legcramps.content.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.read.CareRulesReader;
import guide.legcramps.content.read.DataFile;

/**
 * The site's {@code care.yaml} from one load to the next: read anew each time (it is small, and
 * every page's cards depend on it), and when an edit gives it errors while a good version was
 * loaded before, that version keeps serving, as a broken article keeps its last good version.
 */
final class CareFile {

	static final String NAME = "care.yaml";

	private CareRules lastGood;

	/** @param file the file as read, or null when there is none or it could not be read */
	CareRules read(Path contentDir, DataFile file, LocalDate today, List<ContentProblem> problems) {
		if (file == null) {
			// a file still there that could not be read (its problem is reported) keeps its last good rules
			this.lastGood = Files.isRegularFile(contentDir.resolve(NAME)) ? this.lastGood : null;
			return (this.lastGood != null) ? this.lastGood : CareRules.NONE;
		}
		Problems fileProblems = new Problems(file.path());
		CareRules rules = CareRulesReader.read(file, today, fileProblems);
		problems.addAll(fileProblems.list());
		if (!fileProblems.hasErrors()) {
			this.lastGood = rules;
			return rules;
		}
		if (this.lastGood != null) {
			problems.add(new ContentProblem(file.path(), 1, 1, Severity.WARNING,
					"the site keeps serving the last good version of this file until its errors are fixed"));
			return this.lastGood;
		}
		return rules;
	}

}
