package guide.legcramps.content;

import java.util.Comparator;

/**
 * One thing wrong with a content file, reported as {@code path:line:column: severity: message}.
 * Line and column are 1-based; a problem about the whole file uses line 1, column 1.
 */
public record ContentProblem(String path, int line, int column, Severity severity, String message) {

	public static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::path)
		.thenComparingInt(ContentProblem::line)
		.thenComparingInt(ContentProblem::column)
		.thenComparing(ContentProblem::message);

	public enum Severity {

		ERROR, WARNING;

		@Override
		public String toString() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return this.path + ":" + this.line + ":" + this.column + ": " + this.severity + ": " + this.message;
	}

}
