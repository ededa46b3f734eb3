package guide.legcramps.content.read;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import guide.legcramps.content.Problems;

/**
 * Splits a file into its YAML front matter (between two {@code ---} lines) and its markdown body.
 * YAML is composed into nodes, never constructed into objects, so every key keeps its line and no
 * YAML tag can instantiate anything.
 */
final class FrontMatterParser {

	/** A file split in two; {@code frontMatter} is null when the front matter could not be read. */
	record Split(FrontMatter frontMatter, String body, int bodyLine) {
	}

	Split parse(SourceFile file, Problems problems) {
		String text = file.text();
		if (!text.startsWith("---\n")) {
			problems.error(1, 1, "missing front matter: the file must start with a line '---'");
			return new Split(null, text, 1);
		}
		int end = text.indexOf("\n---\n", 3);
		int bodyStart = end + 5;
		if (end < 0 && text.endsWith("\n---")) {
			end = text.length() - 4;
			bodyStart = text.length();
		}
		if (end < 0) {
			problems.error(1, 1, "front matter is not closed: add a line '---' after it");
			return new Split(null, "", 1);
		}
		String yaml = text.substring(4, end + 1);
		int bodyLine = countLines(text, bodyStart) + 1;
		String body = text.substring(bodyStart);
		Node root;
		try {
			root = compose(yaml);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + 2 : 2;
			int column = (mark != null) ? mark.getColumn() + 1 : 1;
			String message = "invalid YAML: " + ex.getProblem();
			Mark context = ex.getContextMark();
			if (ex.getContext() != null && context != null && context != mark) {
				message += " " + ex.getContext() + " that starts at line " + (context.getLine() + 2) + ", column "
						+ (context.getColumn() + 1);
			}
			problems.error(line, column, message);
			return new Split(null, body, bodyLine);
		}
		catch (YAMLException ex) {
			problems.error(2, 1, "invalid YAML: " + ex.getMessage());
			return new Split(null, body, bodyLine);
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.error(2, 1, "front matter must be 'key: value' lines");
			return new Split(null, body, bodyLine);
		}
		return new Split(new FrontMatter(mapping, problems, 2, ""), body, bodyLine);
	}

	/**
	 * A site-wide data file ({@code care.yaml}, {@code references.yaml}) as fields, or null when it
	 * is not YAML or not a mapping ({@code shape} says what it must hold); lines are the file's own.
	 */
	static FrontMatter dataFile(DataFile file, Problems problems, String shape) {
		Node root;
		try {
			root = compose(file.text());
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			problems.error((mark != null) ? mark.getLine() + 1 : 1, (mark != null) ? mark.getColumn() + 1 : 1,
					"invalid YAML: " + ex.getProblem());
			return null;
		}
		catch (YAMLException ex) {
			problems.error(1, 1, "invalid YAML: " + ex.getMessage());
			return null;
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.error(1, 1, file.name() + " must hold " + shape);
			return null;
		}
		return new FrontMatter(mapping, problems, 1, "");
	}

	/**
	 * What {@code new Yaml(options).compose(...)} does, without building the object constructor and
	 * representer that {@code Yaml} makes first and composing never uses: that was most of the cost
	 * of reading a small front matter.
	 */
	static Node compose(String yaml) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit((int) ContentReader.MAX_FILE_BYTES);
		return new Composer(new ParserImpl(new StreamReader(yaml), options), new Resolver(), options).getSingleNode();
	}

	private static int countLines(String text, int endExclusive) {
		int lines = 0;
		for (int i = 0; i < endExclusive && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}

}
