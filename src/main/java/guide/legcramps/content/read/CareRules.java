package guide.legcramps.content.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The site's warning-sign rules, read from {@code care.yaml}: each rule stated once, with its level,
 * its words and the sources it rests on, and shown as a care card on every page that names it. A site
 * without the file has no rules ({@link #NONE}).
 *
 * @param path the file's path as problems name it, or null when there is no file
 * @param levels the heading and default action line of each level
 * @param rules the rules by id, in the file's order
 * @param failed the ids of rules left out because they have errors
 */
public record CareRules(String path, Map<Level, LevelWords> levels, Map<String, Rule> rules, Set<String> failed) {

	public static final CareRules NONE = new CareRules(null, Map.of(), Map.of(), Set.of());

	/** The three levels of the NHS design system's care cards. */
	public enum Level {

		NON_URGENT, URGENT, EMERGENCY;

		/** As written in {@code care.yaml}: {@code non-urgent}, {@code urgent}, {@code emergency}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** What a card of one level says first: its heading ("Urgent advice") and its usual action line. */
	public record LevelWords(String heading, String action) {
	}

	/**
	 * One rule: a card. {@code action} is the rule's own action line or its level's; {@code after}
	 * may be null.
	 */
	public record Rule(String id, Level level, String heading, String action, List<String> signs, String after,
			List<Source> sources) {

		public Rule withSources(List<Source> checked) {
			return new Rule(this.id, this.level, this.heading, this.action, this.signs, this.after, checked);
		}

	}

	/**
	 * A work a rule rests on and the day its wording was checked, at {@code line} of the file:
	 * named by its {@code id} in {@code references.yaml} (its {@code work} is null until the checks
	 * look it up), or, the old way, given in full, with no id.
	 */
	public record Source(String id, Reference work, LocalDate checked, int line) {

		public Source withWork(Reference found) {
			return new Source(this.id, found, this.checked, this.line);
		}

	}

	/** The same levels with other rules: after the checks looked up each rule's sources. */
	public CareRules with(Map<String, Rule> checkedRules, Set<String> failedRules) {
		return new CareRules(this.path, this.levels, checkedRules, failedRules);
	}

	public boolean exist() {
		return !this.rules.isEmpty();
	}

}
