package guide.legcramps.content.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import guide.legcramps.tag.TagCount;

/** Of the articles with one tag, or in one topic: how many there are, and how many have each tag. */
final class TagTally {

	private int articles;

	private final Map<String, Integer> tags = new HashMap<>();

	/** Per tag and per topic, counted in one pass over the live articles' tags. */
	record Counts(Map<String, TagTally> withTag, Map<String, TagTally> inTopic) {

		TagTally withTag(String tag) {
			return this.withTag.getOrDefault(tag, new TagTally());
		}

		TagTally inTopic(String topic) {
			return this.inTopic.getOrDefault(topic, new TagTally());
		}

	}

	/**
	 * One pass over the articles counts, per tag, the tags beside it and, per topic, the tags in it.
	 * @param tagTitles the tags that loaded: a tag without a file is not counted beside others
	 */
	static Counts count(Iterable<ArticleTags> articles, Map<String, String> tagTitles) {
		Map<String, TagTally> withTag = new HashMap<>();
		Map<String, TagTally> inTopic = new HashMap<>();
		for (ArticleTags article : articles) {
			TagTally topic = inTopic.computeIfAbsent(article.topic(), (t) -> new TagTally());
			topic.articles++;
			for (String tag : article.tags()) {
				TagTally beside = withTag.computeIfAbsent(tag, (t) -> new TagTally());
				beside.articles++;
				for (String other : article.tags()) {
					if (!other.equals(tag) && tagTitles.containsKey(other)) {
						beside.tags.merge(other, 1, Integer::sum);
					}
				}
				if (tagTitles.containsKey(tag)) {
					topic.tags.merge(tag, 1, Integer::sum);
				}
			}
		}
		return new Counts(withTag, inTopic);
	}

	/** An article's topic and tags, all the tally reads of it. */
	record ArticleTags(String topic, List<String> tags) {
	}

	int articles() {
		return this.articles;
	}

	/** Tags by count, most first, then by title; at most {@code limit}. */
	List<TagCount> ranked(Map<String, String> titles, int limit) {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		this.tags.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing((e) -> titles.get(e.getKey())))
			.limit(limit)
			.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
		return sorted.entrySet().stream().map((e) -> new TagCount(e.getKey(), titles.get(e.getKey()), e.getValue())).toList();
	}

}
