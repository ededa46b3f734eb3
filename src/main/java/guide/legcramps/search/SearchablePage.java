package guide.legcramps.search;

import java.util.ArrayList;
import java.util.List;

import guide.legcramps.article.Article;
import guide.legcramps.content.link.SearchTerms;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

/**
 * One page of the site as search sees it: what a result shows ({@code card}), the other names it
 * should be found by ({@code names}: search terms, and a topic's other names), the titles of its
 * topic and tags ({@code labels}), and its rendered HTML, turned to text when it is indexed.
 * Articles come from the snapshot's public list, so drafts and scheduled articles are never here.
 */
record SearchablePage(String id, Kind kind, ResultCard card, List<String> names, List<String> labels, String html) {

	/**
	 * What kind of page it is, as a result says it, and its weight in the ranking: a tag's page or a
	 * standalone page is mostly a list or a notice, so an article or a topic about the same words is
	 * the better answer.
	 */
	enum Kind {

		ARTICLE("Article", 1f), TOPIC("Topic", 1f), TAG("Tag", 0.6f), PAGE("Page", 0.5f);

		final String label;

		final float weight;

		Kind(String label, float weight) {
			this.label = label;
			this.weight = weight;
		}

	}

	/** Everything indexed about the page: when it is unchanged, the page is not indexed again. */
	List<Object> state() {
		return List.of(this.kind, this.card, this.names, this.labels, (this.html != null) ? this.html : "");
	}

	/** Every page of a snapshot, with its search terms from {@code terms}. */
	static List<SearchablePage> all(ContentSnapshot snapshot, SearchTerms terms) {
		List<SearchablePage> pages = new ArrayList<>();
		for (Article article : snapshot.articles()) {
			Article.TopicRef topic = article.getTopic();
			List<String> labels = new ArrayList<>(List.of(topic.title()));
			article.getTags().forEach((tag) -> labels.add(tag.title()));
			pages.add(new SearchablePage("article:" + article.getSlug(), Kind.ARTICLE,
					new ResultCard("/articles/" + article.getSlug(), article.getTitle(), article.getSummary(), Kind.ARTICLE.label,
							topic.title(), topic.linked() ? "/topics/" + topic.slug() : null),
					terms.article(article.getSlug()), List.copyOf(labels), article.getHtml()));
		}
		for (Topic topic : snapshot.topics()) {
			List<String> names = new ArrayList<>(topic.getAlsoKnownAs());
			names.addAll(terms.topic(topic.getSlug()));
			pages.add(new SearchablePage("topic:" + topic.getSlug(), Kind.TOPIC, new ResultCard("/topics/" + topic.getSlug(),
					topic.getTitle(), topic.getSummary(), Kind.TOPIC.label, null, null), List.copyOf(names), List.of(),
					topic.getMoreHtml() == null ? topic.getHtml() : topic.getHtml() + topic.getMoreHtml()));
		}
		for (Tag tag : snapshot.tags()) {
			pages.add(new SearchablePage("tag:" + tag.getSlug(), Kind.TAG, new ResultCard("/tags/" + tag.getSlug(),
					tag.getTitle(), tag.getSummary(), Kind.TAG.label, null, null), terms.tag(tag.getSlug()), List.of(),
					tag.getHtml()));
		}
		for (SitePage page : snapshot.pages()) {
			pages.add(new SearchablePage("page:" + page.getSlug(), Kind.PAGE, new ResultCard("/" + page.getSlug(),
					page.getTitle(), page.getSummary(), Kind.PAGE.label, null, null), List.of(), List.of(), page.getHtml()));
		}
		return pages;
	}

	/** What a result shows of a page, apart from its snippet. {@code topicUrl} is null without a linked topic. */
	record ResultCard(String url, String title, String summary, String kind, String topicTitle, String topicUrl) {
	}

}
