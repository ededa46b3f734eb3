package guide.legcramps.author;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.Length;

/** Who writes articles: name, role, optional credentials, and a rendered short biography. */
@Entity
public class Author {

	@Id
	private String slug;

	private String name;

	private String role;

	private String credentials;

	@Column(length = Length.LONG32)
	private String html;

	protected Author() {
	}

	public Author(String slug, String name, String role, String credentials, String html) {
		this.slug = slug;
		this.name = name;
		this.role = role;
		this.credentials = credentials;
		this.html = html;
	}

	/** Everything stored about this entity, to tell on a reload whether it changed. */
	public List<Object> state() {
		return Arrays.asList(this.slug, this.name, this.role, this.credentials, this.html);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getRole() {
		return this.role;
	}

	public String getCredentials() {
		return this.credentials;
	}

	public String getHtml() {
		return this.html;
	}

}
