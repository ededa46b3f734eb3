package guide.legcramps.topic;

/** A topic in a list (home page, topics page). */
public record TopicSummary(String url, String title, String summary, String articleCount) {

	static TopicSummary of(Topic topic) {
		int count = topic.getArticleCount();
		return new TopicSummary("/topics/" + topic.getSlug(), topic.getTitle(), topic.getSummary(),
				count + ((count == 1) ? " article" : " articles"));
	}

}
