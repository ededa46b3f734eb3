package guide.legcramps.article;

import java.time.LocalDate;

/** A slug (of an article, topic, tag or author) and the newest review date of the articles under it. */
public record LastReviewed(String slug, LocalDate reviewed) {
}
