package guide.legcramps.content.link;

import guide.legcramps.article.Article;

/**
 * An article readers cannot see yet, as it will look: a draft, or one scheduled for a later day
 * (its {@code published} date). Only the preview shows it.
 */
public record Preview(Article article, boolean draft) {
}
