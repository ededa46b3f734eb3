package guide.legcramps.content.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import guide.legcramps.article.ArticlePage;
import guide.legcramps.article.ArticleQueries;
import guide.legcramps.content.link.Preview;
import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.site.Dates;
import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.SiteProperties;

/**
 * With {@code site.preview=true}, a draft or scheduled article reads at
 * {@code /_content/preview/articles/<slug>} exactly as its page will, under a "Draft: not
 * published" banner, for requests from this machine only ({@link Loopback}). It is never cached
 * (the page cache keeps nothing under {@code /_content/}, and the browser is told to store
 * nothing), never indexed, and linked from nowhere but {@code /_content/problems}. Anything else,
 * from anywhere else, and every address without the setting, is the site's 404. The setting is read
 * when the site starts, not made a condition on the bean: with Spring AOT (the launcher) a condition
 * would be decided once, when the package is built.
 */
@Controller
class ArticlePreviewController {

	static final String PATH = "/_content/preview/articles/";

	private final ContentLoader loader;

	private final ArticlePage page;

	private final boolean enabled;

	ArticlePreviewController(ContentLoader loader, ArticlePage page, SiteProperties site) {
		this.loader = loader;
		this.page = page;
		this.enabled = site.preview();
	}

	@GetMapping(PATH + "{slug:[a-z0-9-]+}")
	String preview(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!this.enabled) {
			throw new NotFoundException("Previews exist only with site.preview=true");
		}
		if (!Loopback.isLocal(request)) {
			throw new NotFoundException("Previews are only for this machine");
		}
		Preview preview = this.loader.current()
			.preview(slug)
			.orElseThrow(() -> new NotFoundException("No draft or scheduled article " + slug));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("preview", status(preview));
		model.addAttribute("noindex", true);
		return this.page.show(ArticleQueries.view(preview.article()), slug, model);
	}

	/** What the banner says after "Draft: not published". */
	static String status(Preview preview) {
		return preview.draft() ? "Readers cannot see this article until its file no longer says draft: true."
				: "Scheduled: readers see it from " + Dates.format(preview.article().getPublished()) + ".";
	}

}
