package guide.legcramps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * The fixture site as its files say it is: each file's front matter read with plain SnakeYAML, apart
 * from the application's own parser, store and view records, so tests compare what a page or a
 * feed claims with the source rather than with the object that produced the claim.
 * <p>
 * {@link #publicArticles()} leaves out drafts and articles published after today, by the front
 * matter rule the site uses; the fixture site has one of each ({@code draft-note},
 * {@code coming-soon}), so the sitemap, feed and structured-data tests, which count and list what
 * this class returns, prove that neither appears.
 */
public final class FixtureContent {

	public static final Path SITE = Path.of("src/test/resources/fixtures/site");

	public static final String BASE_URL = "https://example.org";

	private FixtureContent() {
	}

	/** Every article the site should show: not a draft, and published today or earlier. */
	public static List<Doc> publicArticles() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return read("articles").values()
			.stream()
			.filter((doc) -> !Boolean.TRUE.equals(doc.fields().get("draft")))
			.filter((doc) -> !doc.date("published").isAfter(today))
			.toList();
	}

	/** The files of one folder ({@code articles}, {@code topics}...), by slug. */
	public static Map<String, Doc> read(String folder) {
		Map<String, Doc> docs = new TreeMap<>();
		try (Stream<Path> files = Files.list(SITE.resolve(folder))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).toList()) {
				String name = file.getFileName().toString();
				String slug = name.substring(0, name.length() - ".md".length());
				docs.put(slug, new Doc(slug, frontMatter(Files.readString(file, StandardCharsets.UTF_8))));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return docs;
	}

	public static Doc doc(String folder, String slug) {
		Doc doc = read(folder).get(slug);
		if (doc == null) {
			throw new IllegalArgumentException("No fixture " + folder + "/" + slug + ".md");
		}
		return doc;
	}

	/** The works of the fixture's {@code references.yaml}, each its CSL fields, by id. */
	@SuppressWarnings("unchecked")
	public static Map<String, Map<String, Object>> references() {
		Map<String, Map<String, Object>> works = new TreeMap<>();
		try {
			Map<String, Object> file = new Yaml().load(Files.readString(SITE.resolve("references.yaml")));
			((List<Map<String, Object>>) file.get("references")).forEach((work) -> works.put((String) work.get("id"), work));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return works;
	}

	/** The ids a file's text cites ({@code [@a; @b]}), each once, in the order it first cites them. */
	public static List<String> cited(String folder, String slug) {
		try {
			String text = Files.readString(SITE.resolve(folder).resolve(slug + ".md"), StandardCharsets.UTF_8);
			Set<String> ids = new LinkedHashSet<>();
			Matcher citation = CITATION.matcher(text.split("(?m)^---\\s*$", 3)[2]);
			while (citation.find()) {
				for (String id : citation.group(1).split(";")) {
					ids.add(id.strip().substring(1));
				}
			}
			return List.copyOf(ids);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final Pattern CITATION = Pattern.compile("\\[(@[^\\]]+)\\]");

	private static Map<String, Object> frontMatter(String text) {
		String[] parts = text.split("(?m)^---\\s*$", 3);
		return new Yaml().load(parts[1]);
	}

	/** One file's front matter. */
	public record Doc(String slug, Map<String, Object> fields) {

		public String text(String key) {
			Object value = this.fields.get(key);
			return (value != null) ? value.toString() : null;
		}

		/** SnakeYAML reads an unquoted {@code 2026-01-01} as a timestamp at midnight UTC. */
		public LocalDate date(String key) {
			Object value = this.fields.get(key);
			return (value instanceof Date date) ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()
					: LocalDate.parse(value.toString());
		}

		@SuppressWarnings("unchecked")
		public List<String> list(String key) {
			return (List<String>) this.fields.getOrDefault(key, List.of());
		}

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> mappings(String key) {
			return (List<Map<String, Object>>) this.fields.getOrDefault(key, List.of());
		}

	}

}
