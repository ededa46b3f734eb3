package guide.legcramps.author;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import guide.legcramps.article.ArticleListItem;
import guide.legcramps.article.ArticleQueries;
import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.PageNav;
import guide.legcramps.site.Redirects;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.SiteProperties;
import guide.legcramps.site.StructuredData;

@Controller
class AuthorController {

	private final AuthorRepository authors;

	private final ArticleQueries articles;

	private final SiteLinks links;

	private final StructuredData structuredData;

	private final int pageSize;

	AuthorController(AuthorRepository authors, ArticleQueries articles, SiteLinks links, StructuredData structuredData,
			SiteProperties site) {
		this.authors = authors;
		this.articles = articles;
		this.links = links;
		this.structuredData = structuredData;
		this.pageSize = site.pageSize();
	}

	@GetMapping("/authors/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		return page(slug, 1, model);
	}

	@GetMapping("/authors/{slug:[a-z0-9-]+}/page/{number}")
	ModelAndView paged(@PathVariable String slug, @PathVariable String number, Model model) {
		int page = PageNav.parse(number);
		if (page == 1) {
			return Redirects.permanent("/authors/" + slug);
		}
		return new ModelAndView(page(slug, page, model));
	}

	private String page(String slug, int number, Model model) {
		Author author = this.authors.findById(slug).orElseThrow(() -> new NotFoundException("No author " + slug));
		String path = "/authors/" + slug;
		Page<ArticleListItem> articles = this.articles.byAuthor(slug, number, this.pageSize);
		PageNav nav = PageNav.of(articles, path);
		String title = (number == 1) ? author.getName() : author.getName() + " (page " + number + ")";
		String description = author.getName() + ", " + author.getRole() + ": who they are and the articles they wrote.";
		PageMeta meta = this.links.meta(title, description, PageNav.url(path, number)).withPagination(nav);
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.profilePage(meta, author.getName(),
				author.getRole(), this.links.absolute(path))));
		model.addAttribute("author", author);
		model.addAttribute("articles", articles.getContent());
		model.addAttribute("nav", nav);
		return "author/show";
	}

}
