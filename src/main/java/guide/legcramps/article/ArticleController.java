package guide.legcramps.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

	private final ArticleQueries queries;

	private final ArticlePage page;

	ArticleController(ArticleQueries queries, ArticlePage page) {
		this.queries = queries;
		this.page = page;
	}

	@GetMapping("/articles/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		return this.page.show(this.queries.article(slug), slug, model);
	}

}
