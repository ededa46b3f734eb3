package guide.legcramps.article;

import java.time.LocalDate;

/**
 * An article with its whole rendered text, for feeds; read by a projection query, without the
 * collections a page needs. {@code authorUrl()} is null when the author did not load.
 */
public record FullArticle(String slug, String title, String summary, String html, String authorSlug,
		String authorName, boolean authorLinked, LocalDate published, LocalDate reviewed) {

	public String url() {
		return "/articles/" + this.slug;
	}

	public String authorUrl() {
		return this.authorLinked ? "/authors/" + this.authorSlug : null;
	}

}
