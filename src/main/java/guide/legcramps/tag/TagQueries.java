package guide.legcramps.tag;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import guide.legcramps.article.SourceLists;

@Service
@Transactional(readOnly = true)
public class TagQueries {

	private final TagRepository tags;

	TagQueries(TagRepository tags) {
		this.tags = tags;
	}

	/** Every tag with at least one article, by title. */
	public List<TagSummary> all() {
		return this.tags.findAllByOrderByTitleAsc()
			.stream()
			.filter((t) -> t.getArticleCount() > 0)
			.map(TagSummary::of)
			.toList();
	}

	Optional<TagView> tag(String slug) {
		return this.tags.findById(slug)
			.map((t) -> new TagView(t.getTitle(), t.getSummary(), t.getHtml(), SourceLists.of(t.getSources(), List.of()),
					List.copyOf(t.getRelatedTags())));
	}

}
