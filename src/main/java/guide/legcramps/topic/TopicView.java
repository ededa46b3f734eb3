package guide.legcramps.topic;

import java.util.List;

import guide.legcramps.tag.TagCount;

/** A topic hub: the introduction is shown on the first page of its list only. */
record TopicView(String title, String summary, String alsoKnownAs, String html, int articleCount, List<TagCount> tags) {

	static TopicView of(Topic topic, boolean withIntroduction) {
		return new TopicView(topic.getTitle(), topic.getSummary(),
				topic.getAlsoKnownAs().isEmpty() ? null : String.join(", ", topic.getAlsoKnownAs()),
				withIntroduction ? topic.getHtml() : null, topic.getArticleCount(), List.copyOf(topic.getTags()));
	}

}
