package guide.legcramps.content.render;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.read.DocumentReader;
import guide.legcramps.content.read.SourceFile;

/**
 * One file through reading and rendering: its front matter into a typed document, its body into
 * HTML, and the rules that need both (a long article needs sections; an article cites its
 * sources; a hub, a short lead). Shared by every thread of a load: the renderer is immutable.
 */
public final class FileRenderer {

	/** Articles longer than this need {@code ##} sections. */
	static final int SECTIONS_NEEDED_OVER_WORDS = 600;

	private final MarkdownRenderer renderer;

	public FileRenderer(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	/** What one file gave: its document and rendering, or null, and its problems either way. */
	public record Result(RenderedDocument<?> loaded, List<ContentProblem> problems) {
	}

	/** Adds the time spent reading the front matter and rendering the body to the two counters. */
	public Result render(DocumentReader reader, SourceFile file, LongAdder parseNanos, LongAdder renderNanos) {
		long start = System.nanoTime();
		Problems fileProblems = new Problems(file.path());
		Document document = reader.read(file, fileProblems);
		long parsed = System.nanoTime();
		parseNanos.add(parsed - start);
		if (document == null) {
			return new Result(null, fileProblems.list());
		}
		MarkdownRenderer.Rendered rendered = this.renderer.render(withProblems(document.origin(), fileProblems));
		renderNanos.add(System.nanoTime() - parsed);
		if (document instanceof Document.Article && rendered.sections().isEmpty()
				&& rendered.wordCount() > SECTIONS_NEEDED_OVER_WORDS) {
			fileProblems.error(document.origin().bodyLine(), 1, "an article over " + SECTIONS_NEEDED_OVER_WORDS
					+ " words needs '##' sections (it has " + rendered.wordCount() + " words and none)");
		}
		if (document instanceof Document.Article && rendered.citations().isEmpty()
				&& document.oldSources().isEmpty() && !document.origin().frontMatter().has("sources")) {
			fileProblems.error(document.origin().bodyLine(), 1, "an article needs sources: cite the works its"
					+ " claims rest on in the text, like [@id] (the works are listed in references.yaml)");
		}
		if (document instanceof Document.Topic) {
			checkLead(rendered, document.origin().bodyLine(), fileProblems);
		}
		return new Result(fileProblems.hasErrors() ? null : new RenderedDocument<>(document.withoutBody(), rendered),
				fileProblems.list());
	}

	/** A phone must show a hub's first article without scrolling: a short lead, the rest after the list. */
	private static void checkLead(MarkdownRenderer.Rendered rendered, int line, Problems problems) {
		if (rendered.leadWords() > HubLead.LEAD_WORDS) {
			problems.warning(line, 1, "a hub's lead (the text before <!--more-->) has " + rendered.leadWords()
					+ " words: keep it to about " + HubLead.LEAD_WORDS
					+ ", so a phone shows the first article without scrolling");
		}
		else if (rendered.leadWords() < 0 && rendered.wordCount() > HubLead.LEAD_WORDS) {
			problems.warning(line, 1, "a hub's introduction of " + rendered.wordCount() + " words needs a line"
					+ " <!--more--> after a lead of about " + HubLead.LEAD_WORDS
					+ " words: the rest then follows the list of articles, so a phone shows the first article"
					+ " without scrolling");
		}
	}

	private static Document.Origin withProblems(Document.Origin origin, Problems problems) {
		return new Document.Origin(origin.path(), origin.kind(), origin.slug(), origin.frontMatter(), origin.body(),
				origin.bodyLine(), problems);
	}

}
