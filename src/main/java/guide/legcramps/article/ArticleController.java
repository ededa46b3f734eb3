package guide.legcramps.article;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import guide.legcramps.site.Crumb;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.StructuredData;

@Controller
class ArticleController {

	private final ArticleQueries queries;

	private final SiteLinks links;

	private final StructuredData structuredData;

	ArticleController(ArticleQueries queries, SiteLinks links, StructuredData structuredData) {
		this.queries = queries;
		this.links = links;
		this.structuredData = structuredData;
	}

	@GetMapping("/articles/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		ArticleView article = this.queries.article(slug);
		List<Crumb> breadcrumb = Crumb.trail(new Crumb(article.topicTitle(), article.topicUrl()), article.title());
		PageMeta meta = this.links.meta(article.title(), article.summary(), "/articles/" + slug).asArticle();
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.article(meta, article.structured(), breadcrumb)));
		model.addAttribute("breadcrumb", breadcrumb);
		model.addAttribute("article", article);
		return "article/show";
	}

}
