package guide.legcramps.topic;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TopicQueries {

	private final TopicRepository topics;

	TopicQueries(TopicRepository topics) {
		this.topics = topics;
	}

	Optional<TopicView> topic(String slug, boolean withIntroduction) {
		return this.topics.findById(slug).map((topic) -> TopicView.of(topic, withIntroduction));
	}

	/** A topic as lists show it, or empty when there is no such topic. */
	public Optional<TopicSummary> summary(String slug) {
		return this.topics.findById(slug).map(TopicSummary::of);
	}

	public List<TopicSummary> all() {
		return this.topics.findAllByOrderByTitleAsc().stream().map(TopicSummary::of).toList();
	}

}
