package guide.legcramps.article;

import java.time.LocalDate;
import java.util.Map;

/**
 * When each page that shows articles last changed, keyed by the page's path: an article's own
 * review date, and for a topic, tag or author page the newest review date of the articles it lists
 * (publishing is never later than reviewing, so this covers new articles too). Pages without
 * articles are absent.
 */
public record ReviewDates(Map<String, LocalDate> articles, Map<String, LocalDate> topics,
		Map<String, LocalDate> tags, Map<String, LocalDate> authors) {
}
