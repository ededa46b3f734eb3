package guide.legcramps.content.check;

import java.util.List;
import java.util.Map;

import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.render.RenderedDocument;

/** A second tag file whose slug is a one-letter typo of another silently splits a tag in two. */
final class TagSpelling {

	private TagSpelling() {
	}

	static void warnNearDuplicates(Map<String, RenderedDocument<Document.Tag>> tags, List<ContentProblem> problems) {
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

}
