package guide.legcramps.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import guide.legcramps.web.SiteLinks;

@Controller
class ArticleController {

	private final ArticleQueries queries;

	private final SiteLinks links;

	ArticleController(ArticleQueries queries, SiteLinks links) {
		this.queries = queries;
		this.links = links;
	}

	@GetMapping("/articles/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		ArticleView article = this.queries.article(slug);
		model.addAttribute("meta", this.links.meta(article.title(), article.summary(), "/articles/" + slug));
		model.addAttribute("article", article);
		return "article/show";
	}

}
