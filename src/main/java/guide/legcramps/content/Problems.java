package guide.legcramps.content;

import java.util.ArrayList;
import java.util.List;

import guide.legcramps.content.ContentProblem.Severity;

/** The problems found in one file, collected as they are found; never thrown, never dropped. */
final class Problems {

	private final String path;

	private final List<ContentProblem> list = new ArrayList<>();

	Problems(String path) {
		this.path = path;
	}

	String path() {
		return this.path;
	}

	void error(int line, int column, String message) {
		this.list.add(new ContentProblem(this.path, line, column, Severity.ERROR, message));
	}

	void warning(int line, int column, String message) {
		this.list.add(new ContentProblem(this.path, line, column, Severity.WARNING, message));
	}

	boolean hasErrors() {
		return this.list.stream().anyMatch(ContentProblem::isError);
	}

	List<ContentProblem> list() {
		return this.list;
	}

}
