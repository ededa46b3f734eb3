package guide.legcramps.content;

import java.util.ArrayList;
import java.util.List;

import guide.legcramps.content.ContentProblem.Severity;

/** The problems found in one file, collected as they are found; never thrown, never dropped. */
public final class Problems {

	private final String path;

	private final List<ContentProblem> list = new ArrayList<>();

	public Problems(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	public void error(int line, int column, String message) {
		this.list.add(new ContentProblem(this.path, line, column, Severity.ERROR, message));
	}

	public void warning(int line, int column, String message) {
		this.list.add(new ContentProblem(this.path, line, column, Severity.WARNING, message));
	}

	public boolean hasErrors() {
		return this.list.stream().anyMatch(ContentProblem::isError);
	}

	/** Whether any error was found after the first {@code count} problems: an entry's own, say. */
	public boolean hasErrorsAfter(int count) {
		return this.list.subList(count, this.list.size()).stream().anyMatch(ContentProblem::isError);
	}

	public List<ContentProblem> list() {
		return this.list;
	}

}
