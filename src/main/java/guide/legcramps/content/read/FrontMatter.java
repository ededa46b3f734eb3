package guide.legcramps.content.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import guide.legcramps.content.Problems;

/**
 * A YAML mapping read as typed fields. Every getter reports what is wrong with the field at the line
 * of its key, and returns {@code null} (or an empty list) for a missing or bad value, so one pass
 * collects every problem of a file.
 */
public final class FrontMatter {

	private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

	private final Problems problems;

	private final int lineOffset;

	private final String prefix;

	private final int line;

	private Map<String, Integer> keyLines;

	/**
	 * @param lineOffset added to the YAML parser's 0-based line to give the file's 1-based line
	 * @param prefix put before every message, naming where a nested mapping sits ("source 2: ")
	 */
	FrontMatter(MappingNode mapping, Problems problems, int lineOffset, String prefix) {
		this.problems = problems;
		this.lineOffset = lineOffset;
		this.prefix = prefix;
		this.line = mapping.getStartMark().getLine() + lineOffset;
		for (NodeTuple tuple : mapping.getValue()) {
			Node key = tuple.getKeyNode();
			String name = (key instanceof ScalarNode scalar) ? scalar.getValue() : null;
			if (name == null) {
				error(key, "a field name must be plain text");
			}
			else if (this.fields.containsKey(name)) {
				error(key, "duplicate field '" + name + "'");
			}
			else {
				this.fields.put(name, tuple);
			}
		}
	}

	/** The line of a field's key, or of the mapping itself when the field is absent. */
	public int line(String key) {
		if (this.keyLines != null) {
			return this.keyLines.getOrDefault(key, this.line);
		}
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null) ? lineOf(tuple.getKeyNode()) : this.line;
	}

	/**
	 * Once a document is read, later stages only ask for the lines of its keys. The parser's node
	 * tree (each node with marks holding a copy of the YAML as code points) is let go, and only
	 * those lines kept: it was a fifth of what a loaded article held on to.
	 */
	void keepOnlyKeyLines() {
		Map<String, Integer> lines = new HashMap<>();
		this.fields.forEach((name, tuple) -> lines.put(name, lineOf(tuple.getKeyNode())));
		this.keyLines = Map.copyOf(lines);
		this.fields.clear();
	}

	boolean isList(String key) {
		NodeTuple tuple = this.fields.get(key);
		return tuple != null && tuple.getValueNode() instanceof SequenceNode;
	}

	public boolean has(String key) {
		return (this.keyLines != null) ? this.keyLines.containsKey(key) : this.fields.containsKey(key);
	}

	void reportUnknownFields(Collection<String> known) {
		for (NodeTuple tuple : this.fields.values()) {
			String name = ((ScalarNode) tuple.getKeyNode()).getValue();
			if (!known.contains(name)) {
				this.problems.warning(lineOf(tuple.getKeyNode()), 1, this.prefix + "unknown field '" + name
						+ "' (known fields: " + String.join(", ", new TreeSet<>(known)) + ")");
			}
		}
	}

	String text(String key, boolean required) {
		Node value = value(key, required);
		if (value == null) {
			return null;
		}
		if (!(value instanceof ScalarNode scalar)) {
			error(key, "'" + key + "' must be text, not " + describe(value));
			return null;
		}
		String text = scalar.getValue().strip();
		if (text.isEmpty()) {
			if (required) {
				error(key, "'" + key + "' must not be empty");
			}
			return null;
		}
		return text;
	}

	List<String> textList(String key, boolean required) {
		Node value = value(key, required);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof SequenceNode sequence)) {
			error(key, "'" + key + "' must be a list, like [a, b], not " + describe(value));
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				items.add(scalar.getValue().strip());
			}
			else {
				this.problems.error(lineOf(item), 1, this.prefix + "'" + key + "' entries must be plain text");
			}
		}
		return items;
	}

	/** Slugs in a list: each must look like a slug, and none may repeat. */
	List<String> slugList(String key, boolean required) {
		List<String> slugs = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		for (String item : textList(key, required)) {
			if (!ContentReader.SLUG.matcher(item).matches()) {
				error(key, "'" + key + "' entry '" + item + "' is not a valid slug (lowercase letters, digits and hyphens)");
			}
			else if (!seen.add(item)) {
				error(key, "'" + key + "' lists '" + item + "' twice");
			}
			else {
				slugs.add(item);
			}
		}
		return slugs;
	}

	String slug(String key, boolean required) {
		String text = text(key, required);
		if (text != null && !ContentReader.SLUG.matcher(text).matches()) {
			error(key, "'" + key + "' value '" + text + "' is not a valid slug (lowercase letters, digits and hyphens)");
			return null;
		}
		return text;
	}

	LocalDate date(String key, boolean required) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		error(key, "'" + key + "' must be a date written YYYY-MM-DD, not '" + text + "'");
		return null;
	}

	Integer integer(String key, boolean required, int min, int max) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		error(key, "'" + key + "' must be a whole number from " + min + " to " + max + ", not '" + text + "'");
		return null;
	}

	boolean flag(String key) {
		String text = text(key, false);
		if (text == null) {
			return false;
		}
		if (text.equals("true") || text.equals("false")) {
			return Boolean.parseBoolean(text);
		}
		error(key, "'" + key + "' must be true or false, not '" + text + "'");
		return false;
	}

	/** A mapping under a key, such as a care level's words, read as its own front matter. */
	FrontMatter mapping(String key, boolean required) {
		Node value = value(key, required);
		if (value == null) {
			return null;
		}
		if (!(value instanceof MappingNode mapping)) {
			error(key, "'" + key + "' must have fields on the lines below it, not " + describe(value));
			return null;
		}
		return new FrontMatter(mapping, this.problems, this.lineOffset, this.prefix + key + ": ");
	}

	/** A field's text as written, or null, reporting nothing: for naming an entry in another message. */
	String textOrNull(String key) {
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null && tuple.getValueNode() instanceof ScalarNode scalar && !scalar.getValue().isBlank())
				? scalar.getValue().strip() : null;
	}

	/** A field's value as YAML wrote it, or null: for shapes the getters above do not read. */
	Node node(String key) {
		return value(key, false);
	}

	/** The names of the fields, in the file's order. */
	Set<String> names() {
		return this.fields.keySet();
	}

	/** A list of mappings, such as the sources, each read as its own front matter. */
	List<FrontMatter> mappings(String key, boolean required, String itemName) {
		Node value = value(key, required);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof SequenceNode sequence)) {
			error(key, "'" + key + "' must be a list of entries, each starting with '- '");
			return List.of();
		}
		List<FrontMatter> items = new ArrayList<>();
		int index = 0;
		for (Node item : sequence.getValue()) {
			index++;
			if (item instanceof MappingNode mapping) {
				items.add(new FrontMatter(mapping, this.problems, this.lineOffset, itemName + " " + index + ": "));
			}
			else {
				this.problems.error(lineOf(item), 1,
						this.prefix + itemName + " " + index + " must have fields ('title: ...', 'url: ...')");
			}
		}
		return items;
	}

	void error(String key, String message) {
		this.problems.error(line(key), 1, this.prefix + message);
	}

	void warning(String key, String message) {
		this.problems.warning(line(key), 1, this.prefix + message);
	}

	private void error(Node node, String message) {
		this.problems.error(lineOf(node), 1, this.prefix + message);
	}

	private Node value(String key, boolean required) {
		NodeTuple tuple = this.fields.get(key);
		Node value = (tuple != null) ? tuple.getValueNode() : null;
		boolean empty = value == null || (value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()));
		if (empty) {
			if (required) {
				if (tuple == null) {
					this.problems.error(this.line, 1, this.prefix + "missing required field '" + key + "'");
				}
				else {
					error(key, "'" + key + "' must not be empty");
				}
			}
			return null;
		}
		return value;
	}

	private int lineOf(Node node) {
		return node.getStartMark().getLine() + this.lineOffset;
	}

	private static String describe(Node node) {
		if (node instanceof SequenceNode) {
			return "a list";
		}
		if (node instanceof MappingNode) {
			return "a set of fields";
		}
		return "a single value";
	}

}
