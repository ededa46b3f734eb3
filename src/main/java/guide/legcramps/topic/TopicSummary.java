package guide.legcramps.topic;

import java.time.LocalDate;

/** A topic in a list (home page, topics page); {@code reviewed} is null when the topic gives none. */
public record TopicSummary(String url, String title, String summary, String articleCount, LocalDate reviewed) {

	static TopicSummary of(Topic topic) {
		int count = topic.getArticleCount();
		return new TopicSummary("/topics/" + topic.getSlug(), topic.getTitle(), topic.getSummary(),
				count + ((count == 1) ? " article" : " articles"), topic.getReviewed());
	}

}
