package guide.legcramps.tag;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import guide.legcramps.article.ArticleListItem;
import guide.legcramps.article.ArticleQueries;
import guide.legcramps.site.Crumb;
import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.PageNav;
import guide.legcramps.site.Redirects;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.SiteProperties;
import guide.legcramps.site.StructuredData;

@Controller
class TagController {

	private final TagQueries tags;

	private final ArticleQueries articles;

	private final SiteLinks links;

	private final StructuredData structuredData;

	private final int pageSize;

	TagController(TagQueries tags, ArticleQueries articles, SiteLinks links, StructuredData structuredData,
			SiteProperties site) {
		this.tags = tags;
		this.articles = articles;
		this.links = links;
		this.structuredData = structuredData;
		this.pageSize = site.pageSize();
	}

	@GetMapping("/tags")
	String list(Model model) {
		List<TagSummary> all = this.tags.all();
		PageMeta meta = this.links.meta("Tags", "Every tag on the site, with the number of articles under each.", "/tags");
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.webPage(meta)));
		model.addAttribute("tags", all);
		return "tag/list";
	}

	@GetMapping("/tags/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		return page(slug, 1, model);
	}

	@GetMapping("/tags/{slug:[a-z0-9-]+}/page/{number}")
	ModelAndView paged(@PathVariable String slug, @PathVariable String number, Model model) {
		int page = PageNav.parse(number);
		if (page == 1) {
			return Redirects.permanent("/tags/" + slug);
		}
		return new ModelAndView(page(slug, page, model));
	}

	private String page(String slug, int number, Model model) {
		TagView tag = this.tags.tag(slug).orElseThrow(() -> new NotFoundException("No tag " + slug));
		String path = "/tags/" + slug;
		Page<ArticleListItem> articles = this.articles.byTag(slug, number, this.pageSize);
		PageNav nav = PageNav.of(articles, path);
		String title = (number == 1) ? tag.title() : tag.title() + " (page " + number + ")";
		PageMeta meta = this.links.meta(title, tag.summary(), PageNav.url(path, number)).withPagination(nav);
		List<Crumb> breadcrumb = Crumb.trail(new Crumb("Tags", "/tags"), tag.title());
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.collectionPage(meta, breadcrumb,
				tag.sources().citations())));
		model.addAttribute("breadcrumb", breadcrumb);
		model.addAttribute("tag", tag);
		model.addAttribute("articles", articles.getContent());
		model.addAttribute("nav", nav);
		return "tag/show";
	}

}
