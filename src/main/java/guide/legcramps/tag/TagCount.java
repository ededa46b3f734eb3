package guide.legcramps.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A tag with a number of articles: tags used in a topic, or tags that occur together with another. */
@Embeddable
public record TagCount(@Column(name = "tag_slug") String slug, @Column(name = "tag_title") String title,
		@Column(name = "article_count") int count) {

	public String url() {
		return "/tags/" + this.slug;
	}

}
