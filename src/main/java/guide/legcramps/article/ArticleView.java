package guide.legcramps.article;

import java.util.List;
import java.util.stream.IntStream;

import guide.legcramps.site.StructuredData;

/**
 * Everything an article page shows, ready to print: templates compute nothing. A null URL means the
 * target did not load and its name is shown as plain text.
 */
public record ArticleView(String title, String summary, String topicTitle, String topicUrl, String authorName,
		String authorUrl, String publishedText, String publishedIso, String reviewedText, String reviewedIso,
		String nextReviewText, String nextReviewIso, String readingTime, String html, List<Article.Section> sections,
		boolean showContents, List<Link> tags, List<SourceItem> sources, List<RelatedItem> related) {

	/** What the page's JSON-LD says about the article: the same dates, author, topic, sources and tags. */
	public StructuredData.MedicalPage structured() {
		return new StructuredData.MedicalPage(this.title, this.publishedIso, this.reviewedIso, this.authorName,
				this.authorUrl, this.topicTitle, this.sources.stream().map(SourceItem::citation).toList(),
				this.tags.stream().map(Link::title).toList());
	}

	/** A link whose {@code url} is null when its target did not load. */
	public record Link(String title, String url) {
	}

	/** A numbered source; {@code authors}, {@code year} and {@code url} may be null. */
	public record SourceItem(int number, String title, String authors, String publisher, Integer year, String url) {

		/** Sources numbered from 1, in their order. */
		public static List<SourceItem> numbered(List<Article.Source> sources) {
			return IntStream.range(0, sources.size()).mapToObj((i) -> {
				Article.Source s = sources.get(i);
				return new SourceItem(i + 1, s.title(), s.authors(), s.publisher(), s.year(), s.url());
			}).toList();
		}

		/** What JSON-LD cites: the address, or the citation itself when the work has none. */
		public String citation() {
			if (this.url != null) {
				return this.url;
			}
			return ((this.authors != null) ? this.authors + " " : "") + this.title + ". " + this.publisher
					+ ((this.year != null) ? ", " + this.year : "") + ".";
		}

	}

	public record RelatedItem(String title, String url, String reason) {
	}

}
