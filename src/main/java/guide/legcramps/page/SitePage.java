package guide.legcramps.page;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.Length;

/** A standalone page such as About or Privacy, served at {@code /{slug}}. */
@Entity
public class SitePage {

	@Id
	private String slug;

	private String title;

	@Column(length = 400)
	private String summary;

	@Column(length = Length.LONG32)
	private String html;

	protected SitePage() {
	}

	public SitePage(String slug, String title, String summary, String html) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.html = html;
	}

	/** Everything stored about this entity, to tell on a reload whether it changed. */
	public List<Object> state() {
		return Arrays.asList(this.slug, this.title, this.summary, this.html);
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

}
