package guide.legcramps.page;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import guide.legcramps.article.SourceLists;
import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.StructuredData;

/** Standalone pages at the top level ({@code /about}); only slug-shaped paths reach it, never files. */
@Controller
class SitePageController {

	private final SitePageRepository pages;

	private final SiteLinks links;

	private final StructuredData structuredData;

	SitePageController(SitePageRepository pages, SiteLinks links, StructuredData structuredData) {
		this.pages = pages;
		this.links = links;
		this.structuredData = structuredData;
	}

	@GetMapping("/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		SitePage page = this.pages.findById(slug).orElseThrow(() -> new NotFoundException("No page " + slug));
		PageMeta meta = this.links.meta(page.getTitle(), page.getSummary(), "/" + slug);
		SourceLists sources = SourceLists.of(page.getSources(), List.of());
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.webPage(meta, sources.citations())));
		model.addAttribute("page", page);
		model.addAttribute("sources", sources);
		return "page/show";
	}

}
