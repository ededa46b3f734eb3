package guide.legcramps.tag;

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

/** A tag: its one-line definition, optional longer text and the works it cites, and counts computed at load. */
@Entity
public class Tag {

	@Id
	private String slug;

	private String title;

	@Column(length = 400)
	private String summary;

	@Column(length = Length.LONG32)
	private String html;

	private int articleCount;

	@ElementCollection
	@CollectionTable(name = "tag_related", joinColumns = @JoinColumn(name = "owner_slug"))
	@OrderColumn(name = "position")
	private List<TagCount> relatedTags;

	@Convert(converter = JsonColumns.Sources.class)
	@Column(length = Length.LONG32)
	private List<Article.Source> sources;

	protected Tag() {
	}

	public Tag(String slug, String title, String summary, String html, List<Article.Source> sources,
			int articleCount, List<TagCount> relatedTags) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.html = html;
		this.sources = List.copyOf(sources);
		this.articleCount = articleCount;
		this.relatedTags = List.copyOf(relatedTags);
	}

	/** Everything stored about this entity, to tell on a reload whether it changed. */
	public List<Object> state() {
		return Arrays.asList(this.slug, this.title, this.summary, this.html, this.sources, this.articleCount,
				this.relatedTags);
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

	public String getHtml() {
		return this.html;
	}

	public List<Article.Source> getSources() {
		return this.sources;
	}

	public int getArticleCount() {
		return this.articleCount;
	}

	public List<TagCount> getRelatedTags() {
		return this.relatedTags;
	}

}
