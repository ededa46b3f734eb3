package guide.legcramps.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.SiteProperties;

/**
 * While editing ({@code site.watch=true}), the problems of the last load as a page; the site's 404
 * otherwise. The setting is read when the site starts, not made a condition on the bean: with Spring
 * AOT (the launcher) a condition would be decided once, when the package is built.
 */
@Controller
class ContentProblemsController {

	private final ContentLoader loader;

	private final boolean shown;

	ContentProblemsController(ContentLoader loader, SiteProperties site) {
		this.loader = loader;
		this.shown = site.watch();
	}

	@GetMapping("/_content/problems")
	String problems(Model model) {
		if (!this.shown) {
			throw new NotFoundException("The content problems page exists only while site.watch=true");
		}
		ContentSnapshot snapshot = this.loader.current();
		model.addAttribute("meta", PageMeta.error("Content problems", "Problems found in the content files at the last load."));
		model.addAttribute("problems", snapshot.problems().stream().map(Object::toString).toList());
		model.addAttribute("summary", snapshot.errorCount() + " errors, " + snapshot.warningCount() + " warnings");
		return "content/problems";
	}

}
