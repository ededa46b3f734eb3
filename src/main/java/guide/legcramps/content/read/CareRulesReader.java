package guide.legcramps.content.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


import guide.legcramps.content.Problems;
import guide.legcramps.content.read.CareRules.Level;

/**
 * Reads {@code care.yaml} into {@link CareRules}, reporting every problem at its line. A rule with
 * an error is left out; the others are kept.
 */
public final class CareRulesReader {

	static final Set<String> FILE_FIELDS = Set.of("levels", "rules");

	static final Set<String> LEVEL_FIELDS = Set.of("heading", "action");

	static final Set<String> RULE_FIELDS = Set.of("id", "level", "action", "signs", "after", "sources");

	static final Set<String> SOURCE_FIELDS = Set.of("id", "checked");

	static final Set<String> OLD_SOURCE_FIELDS = Set.of("id", "title", "publisher", "url", "checked");

	private CareRulesReader() {
	}

	public static CareRules read(DataFile file, LocalDate today, Problems problems) {
		return read(file, today, problems, OldSources.READ);
	}

	/** @param oldSources whether a source may still be given by title and publisher ({@link OldSources}) */
	public static CareRules read(DataFile file, LocalDate today, Problems problems, boolean oldSources) {
		FrontMatter yaml = FrontMatterParser.dataFile(file, problems, "'levels:' and 'rules:'");
		if (yaml == null) {
			return CareRules.NONE;
		}
		yaml.reportUnknownFields(FILE_FIELDS);
		Map<Level, CareRules.LevelWords> levels = levels(yaml.mapping("levels", true), problems);
		Map<String, CareRules.Rule> rules = new LinkedHashMap<>();
		Set<String> failed = new TreeSet<>();
		List<FrontMatter> entries = yaml.mappings("rules", true, "rule");
		if (yaml.isList("rules") && entries.isEmpty()) {
			yaml.error("rules", "'rules' must list at least one rule");
		}
		for (FrontMatter entry : entries) {
			int before = problems.list().size();
			CareRules.Rule rule = rule(entry, levels, today, oldSources);
			String id = entry.textOrNull("id");
			if (id != null && (rules.containsKey(id) || failed.contains(id))) {
				entry.error("id", "'id' '" + id + "' is the id of another rule; each rule is stated once");
			}
			else if (rule != null && !problems.hasErrorsAfter(before)) {
				rules.put(rule.id(), rule);
			}
			else if (id != null) {
				failed.add(id);
			}
		}
		return new CareRules(file.path(), levels, rules, failed);
	}

	private static Map<Level, CareRules.LevelWords> levels(FrontMatter yaml, Problems problems) {
		Map<Level, CareRules.LevelWords> levels = new EnumMap<>(Level.class);
		if (yaml == null) {
			return levels;
		}
		List<String> known = new ArrayList<>();
		for (Level level : Level.values()) {
			known.add(level.key());
			FrontMatter words = yaml.mapping(level.key(), true);
			if (words != null) {
				words.reportUnknownFields(LEVEL_FIELDS);
				String heading = words.text("heading", true);
				String action = words.text("action", true);
				if (heading != null && action != null) {
					levels.put(level, new CareRules.LevelWords(heading, action));
				}
			}
		}
		for (String name : yaml.names()) {
			if (!known.contains(name)) {
				yaml.error(name, "unknown level '" + name + "' (the levels are non-urgent, urgent and emergency)");
			}
		}
		return levels;
	}

	private static CareRules.Rule rule(FrontMatter entry, Map<Level, CareRules.LevelWords> levels, LocalDate today,
			boolean oldSources) {
		entry.reportUnknownFields(RULE_FIELDS);
		String id = entry.slug("id", true);
		Level level = level(entry);
		String action = entry.text("action", false);
		List<String> signs = entry.textList("signs", true);
		if (entry.isList("signs") && signs.isEmpty()) {
			entry.error("signs", "'signs' must list at least one sign");
		}
		String after = entry.text("after", false);
		List<CareRules.Source> sources = new ArrayList<>();
		List<FrontMatter> sourceEntries = entry.mappings("sources", true, "source");
		if (entry.isList("sources") && sourceEntries.isEmpty()) {
			entry.error("sources", "'sources' must list at least one source");
		}
		for (FrontMatter source : sourceEntries) {
			CareRules.Source read = source(source, today, oldSources);
			if (read != null) {
				sources.add(read);
			}
		}
		CareRules.LevelWords words = (level != null) ? levels.get(level) : null;
		if (id == null || words == null || signs.isEmpty() || sources.isEmpty()) {
			return null;
		}
		return new CareRules.Rule(id, level, words.heading(), (action != null) ? action : words.action(),
				List.copyOf(signs), after, List.copyOf(sources));
	}

	private static Level level(FrontMatter entry) {
		String text = entry.text("level", true);
		if (text == null) {
			return null;
		}
		for (Level level : Level.values()) {
			if (level.key().equals(text)) {
				return level;
			}
		}
		entry.error("level", "'level' must be non-urgent, urgent or emergency, not '" + text + "'");
		return null;
	}

	private static CareRules.Source source(FrontMatter entry, LocalDate today, boolean oldSources) {
		boolean old = oldSources && !entry.has("id") && (entry.has("title") || entry.has("publisher"));
		entry.reportUnknownFields(oldSources ? OLD_SOURCE_FIELDS : SOURCE_FIELDS);
		String id = old ? null : entry.slug("id", true);
		if (id != null && (entry.has("title") || entry.has("publisher") || entry.has("url"))) {
			entry.error("id", "a source names a work of references.yaml by its 'id' alone: its title, publisher"
					+ " and address are given there");
			id = null;
		}
		Reference work = old ? oldWork(entry) : null;
		LocalDate checked = entry.date("checked", true);
		if (checked != null && checked.isAfter(today)) {
			entry.error("checked", "'checked' (" + checked + ") is in the future");
			checked = null;
		}
		return ((id != null || work != null) && checked != null)
				? new CareRules.Source(id, work, checked, entry.line(old ? "title" : "id")) : null;
	}

	/** A source given in full, the old way: title, publisher and an optional address. */
	private static Reference oldWork(FrontMatter entry) {
		String title = entry.text("title", true);
		String publisher = entry.text("publisher", true);
		String url = entry.text("url", false);
		if (url != null && !DocumentReader.isWebAddress(url)) {
			entry.error("url", "'url' must be a full http:// or https:// address, not '" + url + "'");
			return null;
		}
		DocumentLinks.warnIfNotADocument(entry, "url", url);
		return (title != null && publisher != null)
				? new Reference(null, null, List.of(), title, null, publisher, null, null, null, url,
						entry.line("title"))
				: null;
	}

}
