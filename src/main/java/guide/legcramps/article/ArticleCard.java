package guide.legcramps.article;

import java.time.LocalDate;

/** What a list shows of an article; read by a projection query, so lists never load article bodies. */
public record ArticleCard(String slug, String title, String summary, String authorSlug, String authorName,
		boolean authorLinked, LocalDate published) {
}
