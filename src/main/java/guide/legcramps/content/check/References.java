package guide.legcramps.content.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.ContentKind;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.read.FrontMatter;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;

/**
 * An article's topic, tags, author and pinned related articles must be files that loaded; an
 * unknown one is an error (with "did you mean"), one that exists but failed is a warning. A review
 * date that has passed is a warning.
 */
final class References {

	private References() {
	}

	static void check(RenderedContent content, Set<String> parsedArticles, Map<ContentKind, Set<String>> present,
			LocalDate today, List<ContentProblem> problems) {
		for (RenderedDocument<Document.Article> article : List.copyOf(content.articles().values())) {
			Problems fileProblems = new Problems(article.path());
			check(article.document(), content, parsedArticles, present, today, fileProblems);
			problems.addAll(fileProblems.list());
			if (fileProblems.hasErrors()) {
				content.articles().remove(article.document().slug());
			}
		}
	}

	private static void check(Document.Article article, RenderedContent content, Set<String> parsedArticles,
			Map<ContentKind, Set<String>> present, LocalDate today, Problems problems) {
		FrontMatter fm = article.origin().frontMatter();
		checkReference(fm, problems, "topic", "topic", article.topic(), content.topics().keySet(), present,
				ContentKind.TOPIC);
		for (String tag : article.tags()) {
			checkReference(fm, problems, "tags", "tag", tag, content.tags().keySet(), present, ContentKind.TAG);
		}
		checkReference(fm, problems, "author", "author", article.author(), content.authors().keySet(), present,
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

}
