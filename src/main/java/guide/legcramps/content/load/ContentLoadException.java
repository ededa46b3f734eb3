package guide.legcramps.content.load;

import java.util.List;
import java.util.stream.Collectors;

import guide.legcramps.content.ContentProblem;

/** Thrown at start-up in strict mode when the content has errors; the message lists every problem. */
public class ContentLoadException extends RuntimeException {

	public ContentLoadException(List<ContentProblem> problems) {
		super("The content has errors (site.strict=true):\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
	}

}
