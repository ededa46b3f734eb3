package guide.legcramps.content;

import java.util.List;

import guide.legcramps.article.Article;
import guide.legcramps.author.Author;
import guide.legcramps.page.SitePage;
import guide.legcramps.tag.Tag;
import guide.legcramps.topic.Topic;

/**
 * One complete, validated, rendered and linked set of content, ready to replace the store's
 * contents in one transaction, with every problem found on the way (sorted) and the time each
 * stage took.
 */
public record ContentSnapshot(List<Topic> topics, List<Article> articles, List<Tag> tags, List<Author> authors,
		List<SitePage> pages, List<ContentProblem> problems, StageTimes times) {

	public long errorCount() {
		return this.problems.stream().filter(ContentProblem::isError).count();
	}

	public long warningCount() {
		return this.problems.size() - errorCount();
	}

	/** Milliseconds spent in each stage of the load. */
	public record StageTimes(long read, long parse, long render, long validate, long link) {
	}

}
