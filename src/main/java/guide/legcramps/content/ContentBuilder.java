package guide.legcramps.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
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
 * validate references and links across files, then link (related articles, tag counts). A file
 * with an error is left out and reported; a reference to a file that exists but failed is only a
 * warning, so one broken file never empties the site. No web, no database.
 * <p>
 * A builder remembers the last good version of every file it loaded, so on a reload a file whose
 * new version has an error keeps serving its last good version (and the error is reported).
 * Builds must not run concurrently.
 */
public final class ContentBuilder {

	/** Paths the site serves itself, which a page slug may not take. */
	static final Set<String> RESERVED_SLUGS = Set.of("articles", "tags", "topics", "authors", "pages", "actuator",
			"error", "css", "images", "favicon", "feed", "sitemap", "robots", "search", "page", "static", "assets",
			"_content");

	/** Site URLs that are not content pages but may be linked to; an alias may not take them either. */
	static final Set<String> SITE_PATHS = Set.of("/", "/topics", "/tags", "/sitemap.xml", "/robots.txt", "/feed.xml");

	/**
	 * Where an alias may not point from: the site's machinery, and the topic, tag and author
	 * namespaces, whose lists and feeds live below them. ({@code /articles/old-name} is allowed:
	 * that is what aliases are for.)
	 */
	static final List<String> RESERVED_PREFIXES = List.of("/actuator", "/_content", "/css", "/error", "/topics",
			"/tags", "/authors", "/articles", "/favicon.ico");

	/** Articles longer than this need {@code ##} sections. */
	static final int SECTIONS_NEEDED_OVER_WORDS = 600;

	private static final int RELATED_TAGS = 5;

	private final MarkdownRenderer renderer;

	private final RelatedArticles relatedArticles;

	private Map<String, Loaded<?>> lastGood = Map.of();

	/**
	 * What each file gave at the last build, with the text it gave it for: on a reload only the
	 * files whose text changed are parsed and rendered again (the result of a file depends only on
	 * its text and on today's date, which empties the cache when it changes).
	 */
	private Map<String, CachedFile> parsed = Map.of();

	private LocalDate parsedOn;

	/** A file's result and a digest of the text it came from (the text itself is not kept). */
	private record CachedFile(ByteBuffer digest, FileResult result) {
	}

	public ContentBuilder(MarkdownRenderer renderer, RelatedArticles relatedArticles) {
		this.renderer = renderer;
		this.relatedArticles = relatedArticles;
	}

	/** A document that loaded, with its rendered body. */
	private record Loaded<D extends Document>(D document, Rendered rendered) {

		String path() {
			return this.document.origin().path();
		}

	}

	/** What one file gave: its document and rendering, or null, and its problems either way. */
	private record FileResult(Loaded<?> loaded, List<ContentProblem> problems) {
	}

	private FileResult parseAndRender(DocumentReader reader, SourceFile file, LongAdder parseNanos,
			LongAdder renderNanos) {
		long start = System.nanoTime();
		Problems fileProblems = new Problems(file.path());
		Document document = reader.read(file, fileProblems);
		long parsed = System.nanoTime();
		parseNanos.add(parsed - start);
		if (document == null) {
			return new FileResult(null, fileProblems.list());
		}
		Rendered rendered = this.renderer.render(withProblems(document.origin(), fileProblems));
		renderNanos.add(System.nanoTime() - parsed);
		if (document instanceof Document.Article && rendered.sections().isEmpty()
				&& rendered.wordCount() > SECTIONS_NEEDED_OVER_WORDS) {
			fileProblems.error(document.origin().bodyLine(), 1, "an article over " + SECTIONS_NEEDED_OVER_WORDS
					+ " words needs '##' sections (it has " + rendered.wordCount() + " words and none)");
		}
		return new FileResult(fileProblems.hasErrors() ? null : new Loaded<>(document.withoutBody(), rendered),
				fileProblems.list());
	}

	public ContentSnapshot build(Path contentDir, LocalDate today) {
		List<ContentProblem> problems = new ArrayList<>();
		long start = System.nanoTime();
		ContentReader.Result read = new ContentReader().read(contentDir);
		problems.addAll(read.problems());
		long afterRead = System.nanoTime();

		// Each file is parsed and rendered on its own, so the work is spread over the cores; the
		// parser, renderer and cleaner are immutable and shared (MarkdownRendererTest proves it).
		DocumentReader reader = new DocumentReader(today);
		Map<ContentKind, Set<String>> present = new HashMap<>();
		read.files().forEach((file) -> present.computeIfAbsent(file.kind(), (k) -> new TreeSet<>()).add(file.slug()));
		LongAdder parseNanos = new LongAdder();
		LongAdder renderNanos = new LongAdder();
		LongAdder parsedFiles = new LongAdder();
		Map<String, CachedFile> cache = today.equals(this.parsedOn) ? this.parsed : Map.of();
		List<CachedFile> results = read.files().parallelStream().map((file) -> {
			ByteBuffer digest = digest(file.text());
			CachedFile cached = cache.get(file.path());
			if (cached != null && cached.digest().equals(digest)) {
				return cached;
			}
			parsedFiles.increment();
			return new CachedFile(digest, parseAndRender(reader, file, parseNanos, renderNanos));
		}).toList();
		Map<String, CachedFile> nextCache = new HashMap<>();
		for (int i = 0; i < results.size(); i++) {
			nextCache.put(read.files().get(i).path(), results.get(i));
		}
		this.parsed = nextCache;
		this.parsedOn = today;
		Map<String, Loaded<?>> loaded = new TreeMap<>();
		for (CachedFile file : results) {
			FileResult result = file.result();
			problems.addAll(result.problems());
			if (result.loaded() != null) {
				loaded.put(result.loaded().path(), result.loaded());
			}
		}
		keepLastGoodVersions(loaded, problems);
		long afterRender = System.nanoTime();

		Map<String, Loaded<Document.Topic>> topics = byKind(loaded, Document.Topic.class);
		Map<String, Loaded<Document.Article>> articles = byKind(loaded, Document.Article.class);
		Map<String, Loaded<Document.Tag>> tags = byKind(loaded, Document.Tag.class);
		Map<String, Loaded<Document.Author>> authors = byKind(loaded, Document.Author.class);
		Map<String, Loaded<Document.Page>> pages = byKind(loaded, Document.Page.class);

		warnNearDuplicateTags(tags, problems);
		for (Loaded<Document.Page> page : List.copyOf(pages.values())) {
			if (RESERVED_SLUGS.contains(page.document().slug())) {
				problems.add(new ContentProblem(page.path(), 1, 1, Severity.ERROR, "page slug '"
						+ page.document().slug() + "' is reserved for the site's own pages; rename the file"));
				pages.remove(page.document().slug());
			}
		}
		Set<String> parsedArticles = Set.copyOf(articles.keySet());
		for (Loaded<Document.Article> article : List.copyOf(articles.values())) {
			Problems fileProblems = new Problems(article.path());
			checkReferences(article.document(), topics, tags, authors, parsedArticles, present, today, fileProblems);
			problems.addAll(fileProblems.list());
			if (fileProblems.hasErrors()) {
				articles.remove(article.document().slug());
			}
		}
		Map<String, String> aliases = checkAliases(articles, topics, tags, authors, pages, problems);
		checkLinks(loaded.keySet(), topics, articles, tags, authors, pages, today, problems);
		long afterValidate = System.nanoTime();

		Map<String, Loaded<Document.Article>> live = new TreeMap<>();
		LocalDate nextPublication = null;
		int drafts = 0;
		for (Loaded<Document.Article> article : articles.values()) {
			Document.Article a = article.document();
			if (a.isPublicOn(today)) {
				live.put(a.slug(), article);
			}
			else if (a.draft()) {
				drafts++;
			}
			else if (nextPublication == null || a.published().isBefore(nextPublication)) {
				nextPublication = a.published();
			}
		}
		aliases.values().removeIf((target) -> !live.containsKey(target.substring("/articles/".length())));
		for (Loaded<Document.Article> article : live.values()) {
			for (String pin : article.document().related()) {
				if (parsedArticles.contains(pin) && !articles.containsKey(pin)) {
					problems.add(new ContentProblem(article.path(), article.document().origin().frontMatter().line("related"),
							1, Severity.WARNING, "article '" + pin
									+ "' did not load (see its own problems); it is left out of the related articles"));
				}
			}
		}
		List<RelatedArticles.Entry> entries = live.values()
			.stream()
			.map(Loaded::document)
			.map((a) -> new RelatedArticles.Entry(a.slug(), a.title(), a.topic(), a.tags(), a.reviewed(),
					a.related().stream().filter(live::containsKey).toList()))
			.toList();
		Map<String, List<RelatedArticles.Link>> related = this.relatedArticles.compute(entries);
		Map<String, String> tagTitles = new HashMap<>();
		tags.forEach((slug, tag) -> tagTitles.put(slug, tag.document().title()));
		List<Article> articleEntities = live.values()
			.stream()
			.map((a) -> article(a, topics, authors, tagTitles, related.get(a.document().slug())))
			.toList();
		// one pass over the articles counts, per tag, the tags beside it and, per topic, the tags in it
		Map<String, Tally> withTag = new HashMap<>();
		Map<String, Tally> inTopic = new HashMap<>();
		for (Loaded<Document.Article> article : live.values()) {
			List<String> articleTags = article.document().tags();
			Tally topic = inTopic.computeIfAbsent(article.document().topic(), (t) -> new Tally());
			topic.articles++;
			for (String tag : articleTags) {
				Tally beside = withTag.computeIfAbsent(tag, (t) -> new Tally());
				beside.articles++;
				for (String other : articleTags) {
					if (!other.equals(tag) && tagTitles.containsKey(other)) {
						beside.tags.merge(other, 1, Integer::sum);
					}
				}
				if (tagTitles.containsKey(tag)) {
					topic.tags.merge(tag, 1, Integer::sum);
				}
			}
		}
		List<Tag> tagEntities = tags.values()
			.stream()
			.map((t) -> tag(t, withTag.getOrDefault(t.document().slug(), new Tally()), tagTitles))
			.toList();
		List<Topic> topicEntities = topics.values()
			.stream()
			.map((t) -> topic(t, inTopic.getOrDefault(t.document().slug(), new Tally()), tagTitles))
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
		Map<String, Loaded<?>> good = new HashMap<>();
		for (Map<String, ? extends Loaded<?>> kind : List.of(topics, articles, tags, authors, pages)) {
			kind.values().forEach((l) -> good.put(l.path(), l));
		}
		this.lastGood = good;
		problems.sort(ContentProblem.ORDER);
		return new ContentSnapshot(topicEntities, articleEntities, tagEntities, authorEntities, pageEntities,
				Map.copyOf(aliases), drafts, articles.size() - live.size() - drafts, nextPublication,
				List.copyOf(problems),
				new ContentSnapshot.StageTimes(read.files().size(), parsedFiles.intValue(), millis(start, afterRead),
						millis(afterRead, afterRender),
						parseNanos.sum() / 1_000_000, renderNanos.sum() / 1_000_000, millis(afterRender, afterValidate),
						millis(afterValidate, afterLink)));
	}

	/**
	 * A file that still exists but failed this time keeps its last good version, so a broken edit
	 * never takes a page off the site; its errors are still reported.
	 */
	private void keepLastGoodVersions(Map<String, Loaded<?>> loaded, List<ContentProblem> problems) {
		for (Map.Entry<String, Loaded<?>> previous : this.lastGood.entrySet()) {
			String path = previous.getKey();
			if (!loaded.containsKey(path) && Files.isRegularFile(Path.of(path))) {
				loaded.put(path, previous.getValue());
				problems.add(new ContentProblem(path, 1, 1, Severity.WARNING,
						"the site keeps serving the last good version of this file until its errors are fixed"));
			}
		}
	}

	private static void checkReferences(Document.Article article, Map<String, Loaded<Document.Topic>> topics,
			Map<String, Loaded<Document.Tag>> tags, Map<String, Loaded<Document.Author>> authors,
			Set<String> parsedArticles, Map<ContentKind, Set<String>> present, LocalDate today, Problems problems) {
		FrontMatter fm = article.origin().frontMatter();
		checkReference(fm, problems, "topic", "topic", article.topic(), topics.keySet(), present, ContentKind.TOPIC);
		for (String tag : article.tags()) {
			checkReference(fm, problems, "tags", "tag", tag, tags.keySet(), present, ContentKind.TAG);
		}
		checkReference(fm, problems, "author", "author", article.author(), authors.keySet(), present,
				ContentKind.AUTHOR);
		for (String pin : article.related()) {
			checkReference(fm, problems, "related", "article", pin, parsedArticles, present, ContentKind.ARTICLE);
		}
		if (article.nextReview() != null && article.nextReview().isBefore(today)) {
			String key = fm.has("next_review") ? "next_review" : "reviewed";
			problems.warning(fm.line(key), 1, "review overdue since " + article.nextReview());
		}
	}

	private static void checkReference(FrontMatter fm, Problems problems, String key, String noun, String slug,
			Set<String> loaded, Map<ContentKind, Set<String>> present, ContentKind kind) {
		if (loaded.contains(slug)) {
			return;
		}
		Set<String> files = present.getOrDefault(kind, Set.of());
		if (files.contains(slug)) {
			problems.warning(fm.line(key), 1, noun + " '" + slug + "' did not load (see its own problems); "
					+ ((kind == ContentKind.ARTICLE) ? "it is left out of the related articles"
							: "it is shown without a link until it is fixed"));
		}
		else {
			problems.error(fm.line(key), 1, "unknown " + noun + " '" + slug + "' (no file " + kind.folder() + "/"
					+ slug + ".md)" + SlugSuggestions.didYouMean(slug, files));
		}
	}

	/** A second tag file whose slug is a one-letter typo of another silently splits a tag in two. */
	private static void warnNearDuplicateTags(Map<String, Loaded<Document.Tag>> tags, List<ContentProblem> problems) {
		List<String> slugs = List.copyOf(tags.keySet());
		for (int i = 0; i < slugs.size(); i++) {
			for (int j = i + 1; j < slugs.size(); j++) {
				if (SlugSuggestions.oneEditApart(slugs.get(i), slugs.get(j))) {
					problems.add(new ContentProblem(tags.get(slugs.get(j)).path(), 1, 1, Severity.WARNING,
							"tag '" + slugs.get(j) + "' differs from tag '" + slugs.get(i)
									+ "' by one letter; if they are the same tag, keep one file"));
				}
			}
		}
	}

	/** Every alias of every article: unique, and never the URL of a page or of the site's machinery. */
	private static Map<String, String> checkAliases(Map<String, Loaded<Document.Article>> articles,
			Map<String, ?> topics, Map<String, ?> tags, Map<String, ?> authors, Map<String, ?> pages,
			List<ContentProblem> problems) {
		Set<String> pageUrls = new TreeSet<>(SITE_PATHS);
		articles.keySet().forEach((s) -> pageUrls.add("/articles/" + s));
		topics.keySet().forEach((s) -> pageUrls.add("/topics/" + s));
		tags.keySet().forEach((s) -> pageUrls.add("/tags/" + s));
		authors.keySet().forEach((s) -> pageUrls.add("/authors/" + s));
		pages.keySet().forEach((s) -> pageUrls.add("/" + s));
		Map<String, String> owners = new TreeMap<>();
		Map<String, String> aliases = new TreeMap<>();
		for (Loaded<Document.Article> article : List.copyOf(articles.values())) {
			Problems fileProblems = new Problems(article.path());
			FrontMatter fm = article.document().origin().frontMatter();
			for (String alias : article.document().aliases()) {
				String path = (alias.length() > 1 && alias.endsWith("/")) ? alias.substring(0, alias.length() - 1) : alias;
				if (pageUrls.contains(path)) {
					fileProblems.error(fm.line("aliases"), 1,
							"alias '" + alias + "' is the address of a page; an alias must be an old address");
				}
				else if (isReserved(path)) {
					fileProblems.error(fm.line("aliases"), 1, "alias '" + alias + "' is reserved for the site itself");
				}
				else if (owners.containsKey(path)) {
					fileProblems.error(fm.line("aliases"), 1,
							"alias '" + alias + "' is also an alias of article '" + owners.get(path) + "'");
				}
				else {
					owners.put(path, article.document().slug());
					aliases.put(path, "/articles/" + article.document().slug());
				}
			}
			problems.addAll(fileProblems.list());
			if (fileProblems.hasErrors()) {
				articles.remove(article.document().slug());
				aliases.values().removeIf(("/articles/" + article.document().slug())::equals);
			}
		}
		return aliases;
	}

	private static boolean isReserved(String path) {
		if (path.matches("/articles/[^/]+")) {
			return false;
		}
		return RESERVED_PREFIXES.stream().anyMatch((p) -> path.equals(p) || path.startsWith(p + "/"));
	}

	/** Links inside the site must reach a page, and a {@code #fragment} a heading on it. */
	private static void checkLinks(Collection<String> paths, Map<String, Loaded<Document.Topic>> topics,
			Map<String, Loaded<Document.Article>> articles, Map<String, Loaded<Document.Tag>> tags,
			Map<String, Loaded<Document.Author>> authors, Map<String, Loaded<Document.Page>> pages, LocalDate today,
			List<ContentProblem> problems) {
		Map<String, Loaded<?>> byUrl = new HashMap<>();
		topics.forEach((s, l) -> byUrl.put("/topics/" + s, l));
		articles.forEach((s, l) -> byUrl.put("/articles/" + s, l));
		tags.forEach((s, l) -> byUrl.put("/tags/" + s, l));
		authors.forEach((s, l) -> byUrl.put("/authors/" + s, l));
		pages.forEach((s, l) -> byUrl.put("/" + s, l));
		List<Map<String, ? extends Loaded<?>>> kinds = List.of(topics, articles, tags, authors, pages);
		for (Map<String, ? extends Loaded<?>> kind : kinds) {
			for (Loaded<?> source : List.copyOf(kind.values())) {
				Problems fileProblems = new Problems(source.path());
				for (MarkdownRenderer.InternalLink link : source.rendered().links()) {
					checkLink(source, link, byUrl, today, fileProblems);
				}
				problems.addAll(fileProblems.list());
				if (fileProblems.hasErrors()) {
					kind.remove(source.document().slug());
				}
			}
		}
	}

	private static void checkLink(Loaded<?> source, MarkdownRenderer.InternalLink link, Map<String, Loaded<?>> byUrl,
			LocalDate today, Problems problems) {
		String href = link.href();
		int hash = href.indexOf('#');
		String path = (hash >= 0) ? href.substring(0, hash) : href;
		int query = path.indexOf('?');
		path = (query >= 0) ? path.substring(0, query) : path;
		String anchor = (hash >= 0) ? href.substring(hash + 1) : null;
		Loaded<?> target = path.isEmpty() ? source : byUrl.get(path);
		if (target == null) {
			if (!SITE_PATHS.contains(path)) {
				String slug = path.substring(path.lastIndexOf('/') + 1);
				String prefix = path.substring(0, path.lastIndexOf('/') + 1);
				List<String> known = byUrl.keySet()
					.stream()
					.filter((u) -> u.startsWith(prefix) && u.indexOf('/', prefix.length()) < 0)
					.map((u) -> u.substring(prefix.length()))
					.toList();
				problems.error(link.line(), 1, "broken link '" + href + "': there is no page " + path
						+ SlugSuggestions.didYouMean(slug, known));
			}
			return;
		}
		if (target.document() instanceof Document.Article article && !article.isPublicOn(today)) {
			if (article.draft()) {
				problems.error(link.line(), 1, "link '" + href + "' points at a draft, which readers cannot see");
				return;
			}
			problems.warning(link.line(), 1, "link '" + href + "' points at an article scheduled for "
					+ article.published() + "; it is broken until then");
		}
		if (anchor != null && !target.rendered().anchors().contains(anchor)) {
			problems.error(link.line(), 1, "broken link '" + href + "': " + (path.isEmpty() ? "this page" : path)
					+ " has no heading with the id '" + anchor + "'");
		}
	}

	@SuppressWarnings("unchecked")
	private static <D extends Document> Map<String, Loaded<D>> byKind(Map<String, Loaded<?>> loaded, Class<D> type) {
		Map<String, Loaded<D>> result = new TreeMap<>();
		for (Loaded<?> l : loaded.values()) {
			if (type.isInstance(l.document())) {
				result.put(l.document().slug(), (Loaded<D>) l);
			}
		}
		return result;
	}

	private static ByteBuffer digest(String text) {
		try {
			return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	private static Document.Origin withProblems(Document.Origin origin, Problems problems) {
		return new Document.Origin(origin.path(), origin.kind(), origin.slug(), origin.frontMatter(), origin.body(),
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
				.map((t) -> tagTitles.getOrDefault(t, t).toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
		}
		return "Chosen by our editors";
	}

	/** Of the articles with one tag, or in one topic: how many there are, and how many have each tag. */
	private static final class Tally {

		private int articles;

		private final Map<String, Integer> tags = new HashMap<>();

	}

	/** A tag with its article count and the tags most often beside it. */
	private static Tag tag(Loaded<Document.Tag> loaded, Tally tally, Map<String, String> tagTitles) {
		String html = loaded.rendered().html().isBlank() ? null : loaded.rendered().html();
		return new Tag(loaded.document().slug(), loaded.document().title(), loaded.document().summary(), html,
				tally.articles, ranked(tally.tags, tagTitles, RELATED_TAGS));
	}

	/** A topic with its article count and every tag used in it. */
	private static Topic topic(Loaded<Document.Topic> loaded, Tally tally, Map<String, String> tagTitles) {
		Document.Topic topic = loaded.document();
		return new Topic(topic.slug(), topic.title(), topic.summary(), topic.alsoKnownAs(), loaded.rendered().html(),
				tally.articles, ranked(tally.tags, tagTitles, Integer.MAX_VALUE));
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
