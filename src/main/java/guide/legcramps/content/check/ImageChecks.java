package guide.legcramps.content.check;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;
import guide.legcramps.content.read.ContentImages;
import guide.legcramps.content.read.ImageFile;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;

/**
 * Every image of this site a page shows must be a file in {@code images/} that passed its checks. A
 * missing file is an error (with "did you mean"); a file that failed its own checks is a warning,
 * and the link stage leaves its figure out until it is fixed, so one bad drawing never takes a page
 * off the site.
 */
final class ImageChecks {

	private ImageChecks() {
	}

	/** Removes every document that shows an image with no file. */
	static void check(RenderedContent content, ContentImages images, List<ContentProblem> problems) {
		TreeSet<String> known = new TreeSet<>(images.byName().keySet());
		known.addAll(images.failed());
		for (Map<String, ? extends RenderedDocument<?>> kind : content.kinds()) {
			for (RenderedDocument<?> document : List.copyOf(kind.values())) {
				if (document.rendered().images().isEmpty()) {
					continue;
				}
				Problems fileProblems = new Problems(document.path());
				for (MarkdownRenderer.ImageUse use : document.rendered().images()) {
					if (images.byName().containsKey(use.name())) {
						continue;
					}
					if (images.failed().contains(use.name())) {
						fileProblems.warning(use.line(), 1, "image '" + use.src() + "' did not pass its checks (see its"
								+ " own problems); it is left out of the page until it is fixed");
					}
					else {
						fileProblems.error(use.line(), 1, "image '" + use.src() + "' not found (no file "
								+ ImageFile.FOLDER + "/" + use.name() + ")" + SlugSuggestions.didYouMean(use.name(), known));
					}
				}
				problems.addAll(fileProblems.list());
				if (fileProblems.hasErrors()) {
					kind.remove(document.document().slug());
				}
			}
		}
	}

}
