package guide.legcramps.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import guide.legcramps.article.Article;
import guide.legcramps.author.Author;
import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.MarkdownRenderer.Rendered;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.tag.TagCount;
import guide.legcramps.topic.Topic;

/**
 * Builds a {@link ContentSnapshot} from a content folder: read, parse and render each file, then
 * validate references across files, then link (related articles, tag counts). A file with an error
 * is left out and reported; a reference to a file that exists but failed is only a warning, and
 * the link is shown as plain text, so one broken file never empties the site. No web, no database.
 */
public final class ContentBuilder {

	/** Paths the site serves itself, which a page slug may not take. */
	static final Set<String> RESERVED_SLUGS = Set.of("articles", "tags", "topics", "authors", "pages", "actuator",
			"error", "css", "images", "favicon", "feed", "sitemap", "robots", "search", "page", "static", "assets",
			"_content");

	private static final int RELATED_TAGS = 5;

	private final MarkdownRenderer renderer;

	private final RelatedArticles relatedArticles;

	private final LocalDate today;

	public ContentBuilder(MarkdownRenderer renderer, RelatedArticles relatedArticles, LocalDate today) {
		this.renderer = renderer;
		this.relatedArticles = relatedArticles;
		this.today = today;
	}

	/** A document that loaded, with its rendered body. */
	private record Loaded<D extends Document>(D document, Rendered rendered) {
	}

	public ContentSnapshot build(Path contentDir) {
		List<ContentProblem> problems = new ArrayList<>();
		long start = System.nanoTime();
		ContentReader.Result read = new ContentReader().read(contentDir);
		problems.addAll(read.problems());
		long afterRead = System.nanoTime();

		DocumentReader reader = new DocumentReader(this.today);
		List<Document> documents = new ArrayList<>();
		Map<ContentKind, Set<String>> present = new HashMap<>();
		for (SourceFile file : read.files()) {
			present.computeIfAbsent(file.kind(), (k) -> new TreeSet<>()).add(file.slug());
			Problems fileProblems = new Problems(file.path());
			Document document = reader.read(file, fileProblems);
			problems.addAll(fileProblems.list());
			if (document != null) {
				documents.add(document);
			}
		}
		long afterParse = System.nanoTime();

		Map<String, Loaded<Document.Topic>> topics = new TreeMap<>();
		Map<String, Loaded<Document.Article>> articles = new TreeMap<>();
		Map<String, Loaded<Document.Tag>> tags = new TreeMap<>();
		Map<String, Loaded<Document.Author>> authors = new TreeMap<>();
		Map<String, Loaded<Document.Page>> pages = new TreeMap<>();
		for (Document document : documents) {
			Problems fileProblems = new Problems(document.origin().path());
			Rendered rendered = this.renderer.render(withProblems(document.origin(), fileProblems));
			problems.addAll(fileProblems.list());
			if (fileProblems.hasErrors()) {
				continue;
			}
			if (document instanceof Document.Topic d) {
				topics.put(d.slug(), new Loaded<>(d, rendered));
			}
			else if (document instanceof Document.Article d) {
				articles.put(d.slug(), new Loaded<>(d, rendered));
			}
			else if (document instanceof Document.Tag d) {
				tags.put(d.slug(), new Loaded<>(d, rendered));
			}
			else if (document instanceof Document.Author d) {
				authors.put(d.slug(), new Loaded<>(d, rendered));
			}
			else if (document instanceof Document.Page d) {
				pages.put(d.slug(), new Loaded<>(d, rendered));
			}
		}
		long afterRender = System.nanoTime();

		for (Loaded<Document.Page> page : List.copyOf(pages.values())) {
			if (RESERVED_SLUGS.contains(page.document().slug())) {
				Document.Origin origin = page.document().origin();
				problems.add(new ContentProblem(origin.path(), 1, 1, Severity.ERROR,
						"page slug '" + origin.slug() + "' is reserved for the site's own pages; rename the file"));
				pages.remove(origin.slug());
			}
		}
		Set<String> parsedArticles = Set.copyOf(articles.keySet());
		for (Loaded<Document.Article> loaded : List.copyOf(articles.values())) {
			Document.Article article = loaded.document();
			Problems fileProblems = new Problems(article.origin().path());
			FrontMatter fm = article.origin().frontMatter();
			checkReference(fm, fileProblems, "topic", "topic", article.topic(), topics.keySet(), present, ContentKind.TOPIC);
			for (String tag : article.tags()) {
				checkReference(fm, fileProblems, "tags", "tag", tag, tags.keySet(), present, ContentKind.TAG);
			}
			checkReference(fm, fileProblems, "author", "author", article.author(), authors.keySet(), present,
					ContentKind.AUTHOR);
			for (String pin : article.related()) {
				checkReference(fm, fileProblems, "related", "article", pin, parsedArticles, present, ContentKind.ARTICLE);
			}
			if (article.nextReview() != null && article.nextReview().isBefore(this.today)) {
				String key = fm.has("next_review") ? "next_review" : "reviewed";
				fileProblems.warning(fm.line(key), 1, "review overdue since " + article.nextReview());
			}
			problems.addAll(fileProblems.list());
			if (fileProblems.hasErrors()) {
				articles.remove(article.slug());
			}
		}
		for (Loaded<Document.Article> loaded : articles.values()) {
			Document.Article article = loaded.document();
			for (String pin : article.related()) {
				if (parsedArticles.contains(pin) && !articles.containsKey(pin)) {
					problems.add(new ContentProblem(article.origin().path(), article.origin().frontMatter().line("related"),
							1, Severity.WARNING, "article '" + pin
									+ "' did not load (see its own problems); it is left out of the related articles"));
				}
			}
		}
		long afterValidate = System.nanoTime();

		List<RelatedArticles.Entry> entries = articles.values()
			.stream()
			.map(Loaded::document)
			.map((a) -> new RelatedArticles.Entry(a.slug(), a.title(), a.topic(), a.tags(), a.reviewed(),
					a.related().stream().filter(articles::containsKey).toList()))
			.toList();
		Map<String, List<RelatedArticles.Link>> related = this.relatedArticles.compute(entries);
		Map<String, String> tagTitles = new HashMap<>();
		tags.forEach((slug, tag) -> tagTitles.put(slug, tag.document().title()));
		List<Article> articleEntities = articles.values()
			.stream()
			.map((a) -> article(a, topics, authors, tagTitles, related.get(a.document().slug())))
			.toList();
		List<Tag> tagEntities = tags.values().stream().map((t) -> tag(t, articles.values(), tagTitles)).toList();
		List<Topic> topicEntities = topics.values()
			.stream()
			.map((t) -> topic(t, articles.values(), tagTitles))
			.toList();
		long afterLink = System.nanoTime();

		List<Author> authorEntities = authors.values()
			.stream()
			.map((a) -> new Author(a.document().slug(), a.document().name(), a.document().role(),
					a.document().credentials(), a.rendered().html()))
			.toList();
		List<SitePage> pageEntities = pages.values()
			.stream()
			.map((p) -> new SitePage(p.document().slug(), p.document().title(), p.document().summary(),
					p.rendered().html()))
			.toList();
		problems.sort(ContentProblem.ORDER);
		return new ContentSnapshot(topicEntities, articleEntities, tagEntities, authorEntities, pageEntities,
				List.copyOf(problems), new ContentSnapshot.StageTimes(millis(start, afterRead),
						millis(afterRead, afterParse), millis(afterParse, afterRender),
						millis(afterRender, afterValidate), millis(afterValidate, afterLink)));
	}

	private static void checkReference(FrontMatter fm, Problems problems, String key, String noun, String slug,
			Set<String> loaded, Map<ContentKind, Set<String>> present, ContentKind kind) {
		if (loaded.contains(slug)) {
			return;
		}
		if (present.getOrDefault(kind, Set.of()).contains(slug)) {
			problems.warning(fm.line(key), 1, noun + " '" + slug + "' did not load (see its own problems); "
					+ ((kind == ContentKind.ARTICLE) ? "it is left out of the related articles"
							: "it is shown without a link until it is fixed"));
		}
		else {
			problems.error(fm.line(key), 1, "unknown " + noun + " '" + slug + "' (no file " + kind.folder() + "/"
					+ slug + ".md)");
		}
	}

	private static Document.Origin withProblems(Document.Origin origin, Problems problems) {
		return new Document.Origin(origin.path(), origin.slug(), origin.frontMatter(), origin.body(),
				origin.bodyLine(), problems);
	}

	private static Article article(Loaded<Document.Article> loaded, Map<String, Loaded<Document.Topic>> topics,
			Map<String, Loaded<Document.Author>> authors, Map<String, String> tagTitles,
			List<RelatedArticles.Link> related) {
		Document.Article a = loaded.document();
		Loaded<Document.Topic> topic = topics.get(a.topic());
		Loaded<Document.Author> author = authors.get(a.author());
		return new Article(a.slug(), a.title(), a.summary(),
				new Article.TopicRef(a.topic(), (topic != null) ? topic.document().title() : a.topic(), topic != null),
				new Article.AuthorRef(a.author(), (author != null) ? author.document().name() : a.author(),
						author != null),
				a.published(), a.reviewed(), a.nextReview(), loaded.rendered().html(), loaded.rendered().wordCount(),
				loaded.rendered().readingMinutes(),
				a.tags()
					.stream()
					.map((t) -> new Article.TagRef(t, tagTitles.getOrDefault(t, t), tagTitles.containsKey(t)))
					.toList(),
				a.sources()
					.stream()
					.map((s) -> new Article.Source(s.title(), s.authors(), s.publisher(), s.year(), s.url()))
					.toList(),
				loaded.rendered().sections().stream().map((s) -> new Article.Section(s.id(), s.title())).toList(),
				related.stream().map((r) -> new Article.Related(r.slug(), r.title(), reason(r, tagTitles))).toList());
	}

	private static String reason(RelatedArticles.Link link, Map<String, String> tagTitles) {
		if (!link.sharedTags().isEmpty()) {
			return "Also about: " + link.sharedTags()
				.stream()
				.map((t) -> tagTitles.getOrDefault(t, t).toLowerCase(java.util.Locale.ROOT))
				.collect(Collectors.joining(", "));
		}
		return "Chosen by our editors";
	}

	private static Tag tag(Loaded<Document.Tag> loaded, Iterable<Loaded<Document.Article>> articles,
			Map<String, String> tagTitles) {
		String slug = loaded.document().slug();
		int count = 0;
		Map<String, Integer> together = new HashMap<>();
		for (Loaded<Document.Article> article : articles) {
			List<String> articleTags = article.document().tags();
			if (articleTags.contains(slug)) {
				count++;
				for (String other : articleTags) {
					if (!other.equals(slug) && tagTitles.containsKey(other)) {
						together.merge(other, 1, Integer::sum);
					}
				}
			}
		}
		String html = loaded.document().origin().body().isBlank() ? null : loaded.rendered().html();
		return new Tag(slug, loaded.document().title(), loaded.document().summary(), html, count,
				ranked(together, tagTitles, RELATED_TAGS));
	}

	private static Topic topic(Loaded<Document.Topic> loaded, Iterable<Loaded<Document.Article>> articles,
			Map<String, String> tagTitles) {
		String slug = loaded.document().slug();
		int count = 0;
		Map<String, Integer> used = new HashMap<>();
		for (Loaded<Document.Article> article : articles) {
			if (article.document().topic().equals(slug)) {
				count++;
				for (String tag : article.document().tags()) {
					if (tagTitles.containsKey(tag)) {
						used.merge(tag, 1, Integer::sum);
					}
				}
			}
		}
		Document.Topic topic = loaded.document();
		return new Topic(slug, topic.title(), topic.summary(), topic.alsoKnownAs(), loaded.rendered().html(), count,
				ranked(used, tagTitles, Integer.MAX_VALUE));
	}

	/** Tags by count, most first, then by title; at most {@code limit}. */
	private static List<TagCount> ranked(Map<String, Integer> counts, Map<String, String> titles, int limit) {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing((e) -> titles.get(e.getKey())))
			.limit(limit)
			.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
		return sorted.entrySet().stream().map((e) -> new TagCount(e.getKey(), titles.get(e.getKey()), e.getValue())).toList();
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
