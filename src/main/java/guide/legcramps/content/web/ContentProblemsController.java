package guide.legcramps.content.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.SiteProperties;

/**
 * While editing ({@code site.watch=true} or {@code site.preview=true}), the problems of the last
 * load as a page; with {@code site.preview}, and to this machine only, also the drafts and
 * scheduled articles with their preview links. The site's 404 otherwise. The settings are read when
 * the site starts, not made a condition on the bean: with Spring AOT (the launcher) a condition
 * would be decided once, when the package is built.
 */
@Controller
class ContentProblemsController {

	private final ContentLoader loader;

	private final boolean shown;

	private final boolean preview;

	ContentProblemsController(ContentLoader loader, SiteProperties site) {
		this.loader = loader;
		this.shown = site.watch() || site.preview();
		this.preview = site.preview();
	}

	/** A draft or scheduled article in the list: its title, preview address and what it waits for. */
	record PreviewLink(String title, String url, String status) {
	}

	@GetMapping("/_content/problems")
	String problems(HttpServletRequest request, Model model) {
		if (!this.shown) {
			throw new NotFoundException("The content problems page exists only with site.watch or site.preview");
		}
		ContentSnapshot snapshot = this.loader.current();
		model.addAttribute("meta", PageMeta.error("Content problems", "Problems found in the content files at the last load."));
		model.addAttribute("problems", snapshot.problems().stream().map(Object::toString).toList());
		model.addAttribute("summary", snapshot.errorCount() + " errors, " + snapshot.warningCount() + " warnings");
		List<PreviewLink> previews = (this.preview && Loopback.isLocal(request)) ? snapshot.previews()
			.stream()
			.map((p) -> new PreviewLink(p.article().getTitle(), ArticlePreviewController.PATH + p.article().getSlug(),
					ArticlePreviewController.status(p)))
			.toList() : null;
		model.addAttribute("previews", previews);
		return "content/problems";
	}

}
