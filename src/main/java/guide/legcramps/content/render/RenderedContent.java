package guide.legcramps.content.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import guide.legcramps.content.read.Document;

/**
 * The documents that loaded, by kind and then by slug, each with its rendering. The maps are
 * mutable: each check removes what fails it, so the later stages see only what passed.
 */
public record RenderedContent(Map<String, RenderedDocument<Document.Topic>> topics,
		Map<String, RenderedDocument<Document.Article>> articles, Map<String, RenderedDocument<Document.Tag>> tags,
		Map<String, RenderedDocument<Document.Author>> authors, Map<String, RenderedDocument<Document.Page>> pages) {

	/** Sorts documents (any kinds, in any order) into their kinds. */
	public static RenderedContent of(Iterable<RenderedDocument<?>> documents) {
		return new RenderedContent(byKind(documents, Document.Topic.class), byKind(documents, Document.Article.class),
				byKind(documents, Document.Tag.class), byKind(documents, Document.Author.class),
				byKind(documents, Document.Page.class));
	}

	/** Every kind's map, in the order topics, articles, tags, authors, pages. */
	public List<Map<String, ? extends RenderedDocument<?>>> kinds() {
		return List.of(this.topics, this.articles, this.tags, this.authors, this.pages);
	}

	@SuppressWarnings("unchecked")
	private static <D extends Document> Map<String, RenderedDocument<D>> byKind(Iterable<RenderedDocument<?>> documents,
			Class<D> type) {
		Map<String, RenderedDocument<D>> result = new TreeMap<>();
		for (RenderedDocument<?> document : documents) {
			if (type.isInstance(document.document())) {
				result.put(document.document().slug(), (RenderedDocument<D>) document);
			}
		}
		return result;
	}

}
