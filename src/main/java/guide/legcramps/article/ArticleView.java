package guide.legcramps.article;

import java.util.List;

import guide.legcramps.site.StructuredData;

/**
 * Everything an article page shows, ready to print: templates compute nothing. A null URL means the
 * target did not load and its name is shown as plain text.
 */
public record ArticleView(String title, String summary, String topicTitle, String topicUrl, String authorName,
		String authorUrl, String publishedText, String publishedIso, String reviewedText, String reviewedIso,
		String nextReviewText, String nextReviewIso, String readingTime, String html, List<Article.Section> sections,
		boolean showContents, List<Link> tags, SourceLists sources, List<RelatedItem> related) {

	/** What the page's JSON-LD says about the article: the same dates, author, topic, sources and tags. */
	public StructuredData.MedicalPage structured() {
		return new StructuredData.MedicalPage(this.title, this.publishedIso, this.reviewedIso, this.authorName,
				this.authorUrl, this.topicTitle, this.sources.citations(), this.tags.stream().map(Link::title).toList());
	}

	/** A link whose {@code url} is null when its target did not load. */
	public record Link(String title, String url) {
	}

	public record RelatedItem(String title, String url, String reason) {
	}

}
