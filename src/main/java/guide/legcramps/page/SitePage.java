package guide.legcramps.page;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.Length;

import guide.legcramps.article.Article;
import guide.legcramps.article.JsonColumns;

/** A standalone page such as About or Privacy, served at {@code /{slug}}, with the works its text cites. */
@Entity
public class SitePage {

	@Id
	private String slug;

	private String title;

	@Column(length = 400)
	private String summary;

	@Column(length = Length.LONG32)
	private String html;

	@Convert(converter = JsonColumns.Sources.class)
	@Column(length = Length.LONG32)
	private List<Article.Source> sources;

	protected SitePage() {
	}

	public SitePage(String slug, String title, String summary, String html, List<Article.Source> sources) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.html = html;
		this.sources = List.copyOf(sources);
	}

	/** Everything stored about this entity, to tell on a reload whether it changed. */
	public List<Object> state() {
		return Arrays.asList(this.slug, this.title, this.summary, this.html, this.sources);
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

}
