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
 * @param levels the heading and default action line of each level
 * @param rules the rules by id, in the file's order
 * @param failed the ids of rules left out because they have errors
 */
public record CareRules(Map<Level, LevelWords> levels, Map<String, Rule> rules, Set<String> failed) {

	public static final CareRules NONE = new CareRules(Map.of(), Map.of(), Set.of());

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
	}

	/** A source a rule rests on and the day its wording was checked; {@code url} may be null. */
	public record Source(String title, String publisher, String url, LocalDate checked) {
	}

	public boolean exist() {
		return !this.rules.isEmpty();
	}

}
