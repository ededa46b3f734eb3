package guide.legcramps.article;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import guide.legcramps.site.Crumb;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.StructuredData;

/**
 * What an article's page puts in its model, for a published article and for a draft's preview
 * alike, so a preview is exactly the page readers will get.
 */
@Component
public class ArticlePage {

	public static final String VIEW = "article/show";

	private final SiteLinks links;

	private final StructuredData structuredData;

	ArticlePage(SiteLinks links, StructuredData structuredData) {
		this.links = links;
		this.structuredData = structuredData;
	}

	/** Fills the model for the article published at {@code /articles/<slug>}; returns the view's name. */
	public String show(ArticleView article, String slug, Model model) {
		List<Crumb> breadcrumb = Crumb.trail(new Crumb(article.topicTitle(), article.topicUrl()), article.title());
		PageMeta meta = this.links.meta(article.title(), article.summary(), "/articles/" + slug).asArticle();
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.article(meta, article.structured(), breadcrumb)));
		model.addAttribute("breadcrumb", breadcrumb);
		model.addAttribute("article", article);
		return VIEW;
	}

}
