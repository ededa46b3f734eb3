package guide.legcramps.content.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.site.PageMeta;

/** While editing ({@code site.watch=true}), the problems of the last load as a page. Absent otherwise. */
@Controller
@ConditionalOnProperty(name = "site.watch", havingValue = "true")
class ContentProblemsController {

	private final ContentLoader loader;

	ContentProblemsController(ContentLoader loader) {
		this.loader = loader;
	}

	@GetMapping("/_content/problems")
	String problems(Model model) {
		ContentSnapshot snapshot = this.loader.current();
		model.addAttribute("meta", PageMeta.error("Content problems", "Problems found in the content files at the last load."));
		model.addAttribute("problems", snapshot.problems().stream().map(Object::toString).toList());
		model.addAttribute("summary", snapshot.errorCount() + " errors, " + snapshot.warningCount() + " warnings");
		return "content/problems";
	}

}
