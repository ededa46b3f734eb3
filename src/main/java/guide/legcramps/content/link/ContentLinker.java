package guide.legcramps.content.link;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import guide.legcramps.article.Article;
import guide.legcramps.author.Author;
import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.read.Bibliography;
import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.read.ContentImages;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.render.HubLead;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

/**
 * The last stage before the store: related articles scored once for the whole set, tag counts and
 * co-occurrence, topic membership, the care cards, citations and image addresses put in place, a
 * hub's lead split from the rest, and the entities the pages read, each carrying the titles of what
 * it links to (or the slug, marked as not loaded) and the works it cites. Drafts and scheduled
 * articles that passed every check become entities too, kept apart for the preview
 * ({@code previews}): they are in no list, count or related list.
 */
public final class ContentLinker {

	private static final int RELATED_TAGS = 5;

	private final RelatedArticles relatedArticles;

	public ContentLinker(RelatedArticles relatedArticles) {
		this.relatedArticles = relatedArticles;
	}

	/** The entities of one content set, ready to store, and the unpublished articles as they will look. */
	public record Linked(List<Topic> topics, List<Article> articles, List<Tag> tags, List<Author> authors,
			List<SitePage> pages, List<Preview> previews, SearchTerms searchTerms) {
	}

	/**
	 * @param parsedArticles every article that was read and rendered, before the checks: a pin to
	 * one of them that failed is a warning
	 */
	public Linked link(RenderedContent content, CareRules care, Bibliography bibliography, ContentImages images,
			Publication publication, Set<String> parsedArticles, List<ContentProblem> problems) {
		CareCards cards = new CareCards(care);
		Citations citations = new Citations(bibliography);
		SiteImages siteImages = new SiteImages(images);
		Function<RenderedDocument<?>, Citations.Filled> body = (loaded) -> {
			Citations.Filled filled = citations.fill(loaded.rendered(), cards, loaded.document());
			return new Citations.Filled(siteImages.fill(loaded.rendered(), filled.html()), filled.sources(),
					filled.furtherReading());
		};
		warnAboutPinsThatFailed(content, publication, parsedArticles, problems);
		Map<String, RenderedDocument<Document.Article>> live = publication.live();
		List<RelatedArticles.Entry> entries = live.values()
			.stream()
			.map((a) -> entry(a.document(), live))
			.toList();
		Map<String, List<RelatedArticles.Link>> related = this.relatedArticles.compute(entries);
		Map<String, String> tagTitles = new HashMap<>();
		content.tags().forEach((slug, tag) -> tagTitles.put(slug, tag.document().title()));
		List<Article> articles = live.values()
			.stream()
			.map((a) -> article(a, body.apply(a), content, tagTitles, related.get(a.document().slug())))
			.toList();
		List<Preview> previews = content.articles()
			.values()
			.stream()
			.filter((a) -> !live.containsKey(a.document().slug()))
			.map((a) -> new Preview(article(a, body.apply(a), content, tagTitles,
					this.relatedArticles.computeFor(entries, entry(a.document(), live))), a.document().draft()))
			.toList();
		TagTally.Counts counts = TagTally.count(live.values()
			.stream()
			.map((a) -> new TagTally.ArticleTags(a.document().topic(), a.document().tags()))
			.toList(), tagTitles);
		List<Tag> tags = content.tags()
			.values()
			.stream()
			.map((t) -> tag(t, body.apply(t), counts.withTag(t.document().slug()), tagTitles))
			.toList();
		List<Topic> topics = content.topics()
			.values()
			.stream()
			.map((t) -> topic(t, body.apply(t), counts.inTopic(t.document().slug()), tagTitles))
			.toList();
		List<Author> authors = content.authors()
			.values()
			.stream()
			.map((a) -> new Author(a.document().slug(), a.document().name(), a.document().role(),
					a.document().credentials(), body.apply(a).html()))
			.toList();
		List<SitePage> pages = content.pages()
			.values()
			.stream()
			.map((p) -> page(p, body.apply(p)))
			.toList();
		SearchTerms searchTerms = new SearchTerms(termsOf(live, Document.Article::searchTerms),
				termsOf(content.tags(), Document.Tag::searchTerms), termsOf(content.topics(), Document.Topic::searchTerms));
		return new Linked(topics, articles, tags, authors, pages, previews, searchTerms);
	}

	private static <D extends Document> Map<String, List<String>> termsOf(Map<String, RenderedDocument<D>> documents,
			Function<D, List<String>> field) {
		Map<String, List<String>> terms = new HashMap<>();
		documents.forEach((slug, loaded) -> {
			List<String> listed = field.apply(loaded.document());
			if (!listed.isEmpty()) {
				terms.put(slug, listed);
			}
		});
		return Map.copyOf(terms);
	}

	/** What related articles need of an article; its pins only to articles readers can see. */
	private static RelatedArticles.Entry entry(Document.Article a, Map<String, RenderedDocument<Document.Article>> live) {
		return new RelatedArticles.Entry(a.slug(), a.title(), a.topic(), a.tags(), a.reviewed(),
				a.related().stream().filter(live::containsKey).toList());
	}

	private static void warnAboutPinsThatFailed(RenderedContent content, Publication publication,
			Set<String> parsedArticles, List<ContentProblem> problems) {
		for (RenderedDocument<Document.Article> article : publication.live().values()) {
			for (String pin : article.document().related()) {
				if (parsedArticles.contains(pin) && !content.articles().containsKey(pin)) {
					problems.add(new ContentProblem(article.path(), article.document().origin().frontMatter().line("related"),
							1, Severity.WARNING, "article '" + pin
									+ "' did not load (see its own problems); it is left out of the related articles"));
				}
			}
		}
	}

	private static Article article(RenderedDocument<Document.Article> loaded, Citations.Filled body,
			RenderedContent content, Map<String, String> tagTitles, List<RelatedArticles.Link> related) {
		Document.Article a = loaded.document();
		RenderedDocument<Document.Topic> topic = content.topics().get(a.topic());
		RenderedDocument<Document.Author> author = content.authors().get(a.author());
		return new Article(a.slug(), a.title(), a.summary(),
				new Article.TopicRef(a.topic(), (topic != null) ? topic.document().title() : a.topic(), topic != null),
				new Article.AuthorRef(a.author(), (author != null) ? author.document().name() : a.author(),
						author != null),
				a.published(), a.reviewed(), a.nextReview(), body.html(), loaded.rendered().wordCount(),
				loaded.rendered().readingMinutes(),
				a.tags()
					.stream()
					.map((t) -> new Article.TagRef(t, tagTitles.getOrDefault(t, t), tagTitles.containsKey(t)))
					.toList(),
				body.sources(), body.furtherReading(),
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

	/** A tag with its article count and the tags most often beside it. */
	private static Tag tag(RenderedDocument<Document.Tag> loaded, Citations.Filled body, TagTally tally,
			Map<String, String> tagTitles) {
		String html = body.html().isBlank() ? null : body.html();
		return new Tag(loaded.document().slug(), loaded.document().title(), loaded.document().summary(), html,
				body.sources(), tally.articles(), tally.ranked(tagTitles, RELATED_TAGS));
	}

	private static SitePage page(RenderedDocument<Document.Page> loaded, Citations.Filled body) {
		Document.Page page = loaded.document();
		return new SitePage(page.slug(), page.title(), page.summary(), body.html(), body.sources());
	}

	/** A topic with its lead and the rest of its introduction, its article count and every tag used in it. */
	private static Topic topic(RenderedDocument<Document.Topic> loaded, Citations.Filled body, TagTally tally,
			Map<String, String> tagTitles) {
		Document.Topic topic = loaded.document();
		HubLead.Split split = HubLead.split(body.html());
		return new Topic(topic.slug(), topic.title(), topic.summary(), topic.alsoKnownAs(), split.lead(),
				split.rest(), tally.articles(), tally.ranked(tagTitles, Integer.MAX_VALUE), topic.reviewed(),
				topic.nextReview(), body.sources(), body.furtherReading());
	}

}
