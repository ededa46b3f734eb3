package guide.legcramps.content.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import guide.legcramps.article.Article;
import guide.legcramps.author.Author;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.Preview;
import guide.legcramps.content.link.SearchTerms;
import guide.legcramps.content.read.ImageFile;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

/**
 * One complete, validated, rendered and linked set of content, ready to replace the store's
 * contents in one transaction, with every problem found on the way (sorted) and the time each
 * stage took. {@code articles} are the public ones; drafts and articles scheduled for a later day
 * are validated and counted but left out, and {@code nextPublication} says when the next one is due.
 * {@code previews} are those drafts and scheduled articles as they will look, for the preview
 * only: they are never stored, listed or counted. {@code aliases} maps each old path to the
 * canonical path of a public article, and {@code images} each image's address to the image;
 * {@code searchTerms} holds the words readers may search with that the text does not use.
 */
public record ContentSnapshot(List<Topic> topics, List<Article> articles, List<Tag> tags, List<Author> authors,
		List<SitePage> pages, Map<String, String> aliases, Map<String, ImageFile> images, List<Preview> previews,
		SearchTerms searchTerms, int drafts, int scheduled, LocalDate nextPublication, List<ContentProblem> problems,
		StageTimes times) {

	/** A draft or scheduled article as it will look, if there is one by that slug. */
	public Optional<Preview> preview(String slug) {
		return this.previews.stream().filter((preview) -> preview.article().getSlug().equals(slug)).findFirst();
	}

	public long errorCount() {
		return this.problems.stream().filter(ContentProblem::isError).count();
	}

	public long warningCount() {
		return this.problems.size() - errorCount();
	}

	/**
	 * Milliseconds spent in each stage of the load. Files are parsed and rendered in parallel:
	 * {@code parseAndRender} is that stage's wall time, {@code parse} and {@code render} the time
	 * summed over the threads. Only {@code parsedFiles} of the {@code files} read were parsed: the
	 * others had not changed since the last load.
	 */
	public record StageTimes(int files, int parsedFiles, long read, long parseAndRender, long parse, long render,
			long validate, long link) {
	}

}
