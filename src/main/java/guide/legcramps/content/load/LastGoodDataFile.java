package guide.legcramps.content.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.DataFile;

/**
 * A site-wide data file ({@code care.yaml}, {@code references.yaml}) from one load to the next: read
 * anew each time (it is small, and every page that uses it depends on it), and when an edit gives
 * it errors while a good version was loaded before, that version keeps serving, as a broken article
 * keeps its last good version.
 *
 * @param <T> what the file is read into
 */
final class LastGoodDataFile<T> {

	/** Reads the file, reporting its problems. */
	interface Reader<T> {

		T read(DataFile file, LocalDate today, Problems problems);

	}

	private final String name;

	private final Reader<T> reader;

	private final T none;

	private T lastGood;

	/** @param none what a site without the file has */
	LastGoodDataFile(String name, Reader<T> reader, T none) {
		this.name = name;
		this.reader = reader;
		this.none = none;
	}

	String name() {
		return this.name;
	}

	/** @param file the file as read, or null when there is none or it could not be read */
	T read(Path contentDir, DataFile file, LocalDate today, List<ContentProblem> problems) {
		if (file == null) {
			// a file still there that could not be read (its problem is reported) keeps its last good version
			this.lastGood = Files.isRegularFile(contentDir.resolve(this.name)) ? this.lastGood : null;
			return (this.lastGood != null) ? this.lastGood : this.none;
		}
		Problems fileProblems = new Problems(file.path());
		T read = this.reader.read(file, today, fileProblems);
		problems.addAll(fileProblems.list());
		if (!fileProblems.hasErrors()) {
			this.lastGood = read;
			return read;
		}
		if (this.lastGood != null) {
			problems.add(new ContentProblem(file.path(), 1, 1, Severity.WARNING,
					"the site keeps serving the last good version of this file until its errors are fixed"));
			return this.lastGood;
		}
		return read;
	}

}
