package guide.legcramps.topic;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.Length;

import guide.legcramps.article.Article;
import guide.legcramps.article.JsonColumns;
import guide.legcramps.tag.TagCount;

/**
 * A topic hub: its rendered introduction (the lead shown above its articles, and the rest shown
 * after them, null when the file has no {@code <!--more-->}), other names, the tags its articles
 * use, and, like an article, when it was reviewed, the sources its introduction cites and its
 * further reading (all optional).
 */
@Entity
public class Topic {

	@Id
	private String slug;

	private String title;

	@Column(length = 400)
	private String summary;

	@ElementCollection
	@CollectionTable(name = "topic_alias_name", joinColumns = @JoinColumn(name = "topic_slug"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	private List<String> alsoKnownAs;

	@Column(length = Length.LONG32)
	private String html;

	@Column(length = Length.LONG32)
	private String moreHtml;

	private int articleCount;

	private LocalDate reviewed;

	private LocalDate nextReview;

	@Convert(converter = JsonColumns.Sources.class)
	@Column(length = Length.LONG32)
	private List<Article.Source> sources;

	@Convert(converter = JsonColumns.Sources.class)
	@Column(length = Length.LONG32)
	private List<Article.Source> furtherReading;

	@ElementCollection
	@CollectionTable(name = "topic_tag", joinColumns = @JoinColumn(name = "topic_slug"))
	@OrderColumn(name = "position")
	private List<TagCount> tags;

	protected Topic() {
	}

	public Topic(String slug, String title, String summary, List<String> alsoKnownAs, String html, String moreHtml,
			int articleCount, List<TagCount> tags, LocalDate reviewed, LocalDate nextReview,
			List<Article.Source> sources, List<Article.Source> furtherReading) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.alsoKnownAs = List.copyOf(alsoKnownAs);
		this.html = html;
		this.moreHtml = moreHtml;
		this.articleCount = articleCount;
		this.tags = List.copyOf(tags);
		this.reviewed = reviewed;
		this.nextReview = nextReview;
		this.sources = List.copyOf(sources);
		this.furtherReading = List.copyOf(furtherReading);
	}

	/** Everything stored about this entity, to tell on a reload whether it changed. */
	public List<Object> state() {
		return Arrays.asList(this.slug, this.title, this.summary, this.alsoKnownAs, this.html, this.moreHtml,
				this.articleCount, this.tags, this.reviewed, this.nextReview, this.sources, this.furtherReading);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<String> getAlsoKnownAs() {
		return this.alsoKnownAs;
	}

	public String getHtml() {
		return this.html;
	}

	/** The introduction after the lead, shown after the list of articles; null when there is none. */
	public String getMoreHtml() {
		return this.moreHtml;
	}

	public int getArticleCount() {
		return this.articleCount;
	}

	public List<TagCount> getTags() {
		return this.tags;
	}

	public LocalDate getReviewed() {
		return this.reviewed;
	}

	public LocalDate getNextReview() {
		return this.nextReview;
	}

	public List<Article.Source> getSources() {
		return this.sources;
	}

	public List<Article.Source> getFurtherReading() {
		return this.furtherReading;
	}

}
