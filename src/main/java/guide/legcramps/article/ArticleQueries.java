package guide.legcramps.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import guide.legcramps.site.Dates;
import guide.legcramps.site.NotFoundException;

/**
 * Read-only queries behind the pages that show articles. An article page costs two statements,
 * whatever the corpus size: the article (its sources, sections and related articles are columns of
 * its row) and its tags.
 */
@Service
@Transactional(readOnly = true)
public class ArticleQueries {

	/** Newest first; the title breaks ties so the order never depends on the database. */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("published"), Sort.Order.asc("title"));

	/**
	 * Most recently published or reviewed first: an article is never reviewed before it is
	 * published, so its review date is the later of the two.
	 */
	static final Sort RECENTLY_REVIEWED = Sort.by(Sort.Order.desc("reviewed"), Sort.Order.desc("published"),
			Sort.Order.asc("title"));

	private final ArticleRepository articles;

	ArticleQueries(ArticleRepository articles) {
		this.articles = articles;
	}

	public ArticleView article(String slug) {
		return view(this.articles.findById(slug).orElseThrow(() -> new NotFoundException("No article " + slug)));
	}

	/** What an article's page shows of it: a published one's, or a draft's in the preview. */
	public static ArticleView view(Article a) {
		Article.TopicRef topic = a.getTopic();
		Article.AuthorRef author = a.getAuthor();
		return new ArticleView(a.getTitle(), a.getSummary(), topic.title(),
				topic.linked() ? "/topics/" + topic.slug() : null, author.name(),
				author.linked() ? "/authors/" + author.slug() : null, Dates.format(a.getPublished()),
				a.getPublished().toString(), Dates.format(a.getReviewed()), a.getReviewed().toString(),
				Dates.format(a.getNextReview()), a.getNextReview().toString(), a.getReadingMinutes() + " min read",
				a.getHtml(), List.copyOf(a.getSections()), a.getSections().size() >= 3,
				a.getTags()
					.stream()
					.map((t) -> new ArticleView.Link(t.title(), t.linked() ? "/tags/" + t.slug() : null))
					.toList(),
				SourceLists.of(a.getSources(), a.getFurtherReading()),
				a.getRelated()
					.stream()
					.map((r) -> new ArticleView.RelatedItem(r.title(), "/articles/" + r.slug(), r.reason()))
					.toList());
	}

	public List<ArticleListItem> latest(int count) {
		return this.articles.findCards(PageRequest.of(0, count, NEWEST_FIRST))
			.stream()
			.map(ArticleListItem::of)
			.toList();
	}

	/** For feeds: the {@code count} most recently published or reviewed articles, whole. */
	public List<FullArticle> recentlyReviewed(int count) {
		return this.articles.findFullArticles(PageRequest.of(0, count, RECENTLY_REVIEWED));
	}

	/** For a topic's feed: as {@link #recentlyReviewed(int)}, within one topic. */
	public List<FullArticle> recentlyReviewedInTopic(String topic, int count) {
		return this.articles.findFullArticlesByTopic(topic, PageRequest.of(0, count, RECENTLY_REVIEWED));
	}

	/** For the sitemap: when each article, topic, tag and author page last changed. */
	public ReviewDates reviewDates() {
		return new ReviewDates(byPath("/articles/", this.articles.findReviewDates()),
				byPath("/topics/", this.articles.findLastReviewedByTopic()),
				byPath("/tags/", this.articles.findLastReviewedByTag()),
				byPath("/authors/", this.articles.findLastReviewedByAuthor()));
	}

	private static Map<String, LocalDate> byPath(String prefix, List<LastReviewed> rows) {
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		rows.forEach((row) -> dates.put(prefix + row.slug(), row.reviewed()));
		return dates;
	}

	public Page<ArticleListItem> byTopic(String topic, int page, int size) {
		return checked(this.articles.findCardsByTopic(topic, PageRequest.of(page - 1, size, NEWEST_FIRST)));
	}

	public Page<ArticleListItem> byTag(String tag, int page, int size) {
		return checked(this.articles.findCardsByTag(tag, PageRequest.of(page - 1, size, NEWEST_FIRST)));
	}

	public Page<ArticleListItem> byAuthor(String author, int page, int size) {
		return checked(this.articles.findCardsByAuthor(author, PageRequest.of(page - 1, size, NEWEST_FIRST)));
	}

	/** A page past the end of a list does not exist (page 1 of an empty list does). */
	private static Page<ArticleListItem> checked(Page<ArticleCard> page) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw new NotFoundException("No such page");
		}
		return page.map(ArticleListItem::of);
	}

}
