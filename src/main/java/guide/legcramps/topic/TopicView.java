package guide.legcramps.topic;

import java.time.LocalDate;
import java.util.List;

import guide.legcramps.article.SourceLists;
import guide.legcramps.site.Dates;
import guide.legcramps.site.StructuredData;
import guide.legcramps.tag.TagCount;

/**
 * A topic hub: the introduction (its lead above the articles, the rest after them), its review
 * dates, its sources and further reading are shown on the first page of its list only. The review
 * dates are null when the topic file gives none.
 */
record TopicView(String title, String summary, String alsoKnownAs, String html, String moreHtml, int articleCount,
		List<TagCount> tags,
		String reviewedText, String reviewedIso, String nextReviewText, String nextReviewIso,
		SourceLists sources) {

	static TopicView of(Topic topic, boolean withIntroduction) {
		return new TopicView(topic.getTitle(), topic.getSummary(),
				topic.getAlsoKnownAs().isEmpty() ? null : String.join(", ", topic.getAlsoKnownAs()),
				withIntroduction ? topic.getHtml() : null, withIntroduction ? topic.getMoreHtml() : null,
				topic.getArticleCount(), List.copyOf(topic.getTags()),
				Dates.format(topic.getReviewed()), iso(topic.getReviewed()), Dates.format(topic.getNextReview()),
				iso(topic.getNextReview()),
				withIntroduction ? SourceLists.of(topic.getSources(), topic.getFurtherReading()) : SourceLists.NONE);
	}

	/** What the page's JSON-LD cites: the same works as its sources list. */
	List<StructuredData.CitedWork> citations() {
		return this.sources.citations();
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
