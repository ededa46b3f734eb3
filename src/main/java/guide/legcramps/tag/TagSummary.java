package guide.legcramps.tag;

/** A tag in a list, with its count written out ("3 articles"). */
public record TagSummary(String url, String title, String summary, String articleCount) {

	static TagSummary of(Tag tag) {
		int count = tag.getArticleCount();
		return new TagSummary("/tags/" + tag.getSlug(), tag.getTitle(), tag.getSummary(),
				count + ((count == 1) ? " article" : " articles"));
	}

}
