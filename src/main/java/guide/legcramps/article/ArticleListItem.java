package guide.legcramps.article;

import guide.legcramps.site.Dates;

/** An article in a list: link, summary, byline. {@code authorUrl} is null when the author did not load. */
public record ArticleListItem(String url, String title, String summary, String authorName, String authorUrl,
		String publishedText, String publishedIso) {

	public static ArticleListItem of(ArticleCard card) {
		return new ArticleListItem("/articles/" + card.slug(), card.title(), card.summary(), card.authorName(),
				card.authorLinked() ? "/authors/" + card.authorSlug() : null, Dates.format(card.published()),
				card.published().toString());
	}

}
