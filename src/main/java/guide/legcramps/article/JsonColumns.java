package guide.legcramps.article;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists that only the article page reads, stored as JSON in a column of the article's own row
 * instead of a table of their own: a load writes one row per article instead of one per source,
 * section and related article, and an article page reads them with the article.
 */
public final class JsonColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonColumns() {
	}

	/** A list of records as a JSON array; the records' own field names are the keys. */
	abstract static class JsonList<T> implements AttributeConverter<List<T>, String> {

		private final TypeReference<List<T>> type;

		JsonList(TypeReference<List<T>> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(List<T> list) {
			return (list != null) ? JSON.writeValueAsString(list) : null;
		}

		@Override
		public List<T> convertToEntityAttribute(String json) {
			return (json != null) ? List.copyOf(JSON.readValue(json, this.type)) : null;
		}

	}

	@Converter
	public static final class Sources extends JsonList<Article.Source> {

		public Sources() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	public static final class Sections extends JsonList<Article.Section> {

		public Sections() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	public static final class RelatedList extends JsonList<Article.Related> {

		public RelatedList() {
			super(new TypeReference<>() {
			});
		}

	}

}
