package guide.legcramps.content.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import guide.legcramps.article.Article;
import guide.legcramps.author.Author;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

/**
 * What a switch to a new content set changed, by slug, as the pages see it: the articles whose page
 * differs (anything stored about them), the topics, tags and authors whose pages list an article
 * whose card changed or that came or went (before or after the change) or whose own file changed,
 * the topics whose feed carries an article whose entry changed, and the standalone pages that
 * changed. Cross references are stored denormalised (an article row carries its topic's title and
 * its related articles' titles, a topic its tags' titles), so a renamed tag also shows up as a
 * change to every article and topic that names it. Published to the application as an event,
 * under the switch's write lock, so caches drop exactly what went stale before any reader sees the
 * new set.
 *
 * @param everything true for the first load, when there was nothing before to compare with
 */
public record ContentChange(boolean everything, Set<String> articles, Set<String> topics, Set<String> topicFeeds,
		Set<String> tags, Set<String> authors, Set<String> pages) {

	/** The change from {@code previous} (null on the first load) to {@code next}. */
	static ContentChange between(ContentSnapshot previous, ContentSnapshot next) {
		if (previous == null) {
			return new ContentChange(true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
		}
		Set<String> topics = changed(previous.topics(), next.topics(), Topic::getSlug, Topic::state);
		Set<String> topicFeeds = new HashSet<>(topics);
		Set<String> tags = changed(previous.tags(), next.tags(), Tag::getSlug, Tag::state);
		Set<String> authors = changed(previous.authors(), next.authors(), Author::getSlug, Author::state);
		Set<String> pages = changed(previous.pages(), next.pages(), SitePage::getSlug, SitePage::state);
		Map<String, Article> old = new HashMap<>();
		previous.articles().forEach((article) -> old.put(article.getSlug(), article));
		Set<String> articles = new HashSet<>();
		BiConsumer<Article, Article> compare = (before, after) -> {
			Article either = (after != null) ? after : before;
			if (before == null || after == null || !before.state().equals(after.state())) {
				articles.add(either.getSlug());
			}
			if (before == null || after == null || !before.cardState().equals(after.cardState())) {
				for (Article version : new Article[] { before, after }) {
					if (version != null) {
						topics.add(version.getTopic().slug());
						authors.add(version.getAuthor().slug());
						version.getTags().forEach((tag) -> tags.add(tag.slug()));
					}
				}
			}
			if (before == null || after == null || !before.feedState().equals(after.feedState())) {
				for (Article version : new Article[] { before, after }) {
					if (version != null) {
						topicFeeds.add(version.getTopic().slug());
					}
				}
			}
		};
		for (Article article : next.articles()) {
			compare.accept(old.remove(article.getSlug()), article);
		}
		old.values().forEach((gone) -> compare.accept(gone, null));
		return new ContentChange(false, Set.copyOf(articles), Set.copyOf(topics), Set.copyOf(topicFeeds),
				Set.copyOf(tags), Set.copyOf(authors), Set.copyOf(pages));
	}

	/** True when nothing a reader can see changed. */
	public boolean isEmpty() {
		return !this.everything && this.articles.isEmpty() && this.topics.isEmpty() && this.topicFeeds.isEmpty()
				&& this.tags.isEmpty() && this.authors.isEmpty() && this.pages.isEmpty();
	}

	/**
	 * Slugs of the entities added, removed or whose stored state changed: what the store rewrites
	 * and what the pages made from them must drop.
	 */
	static <E> Set<String> changed(List<E> before, List<E> after, Function<E, String> slug,
			Function<E, List<Object>> state) {
		Map<String, List<Object>> old = new HashMap<>();
		before.forEach((e) -> old.put(slug.apply(e), state.apply(e)));
		Set<String> changed = new HashSet<>();
		for (E entity : after) {
			List<Object> was = old.remove(slug.apply(entity));
			if (!state.apply(entity).equals(was)) {
				changed.add(slug.apply(entity));
			}
		}
		changed.addAll(old.keySet());
		return changed;
	}

}
