package guide.legcramps.topic;

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
class TopicController {

	private final TopicQueries topicQueries;

	private final ArticleQueries articles;

	private final SiteLinks links;

	private final StructuredData structuredData;

	private final int pageSize;

	TopicController(TopicQueries topicQueries, ArticleQueries articles, SiteLinks links,
			StructuredData structuredData, SiteProperties site) {
		this.topicQueries = topicQueries;
		this.articles = articles;
		this.links = links;
		this.structuredData = structuredData;
		this.pageSize = site.pageSize();
	}

	@GetMapping("/topics")
	String list(Model model) {
		PageMeta meta = this.links.meta("Topics", "Every topic on the site, each with its articles.", "/topics");
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.webPage(meta)));
		model.addAttribute("topics", this.topicQueries.all());
		return "topic/list";
	}

	@GetMapping("/topics/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		return page(slug, 1, model);
	}

	@GetMapping("/topics/{slug:[a-z0-9-]+}/page/{number}")
	ModelAndView paged(@PathVariable String slug, @PathVariable String number, Model model) {
		int page = PageNav.parse(number);
		if (page == 1) {
			return Redirects.permanent("/topics/" + slug);
		}
		return new ModelAndView(page(slug, page, model));
	}

	private String page(String slug, int number, Model model) {
		TopicView topic = this.topicQueries.topic(slug, number == 1)
			.orElseThrow(() -> new NotFoundException("No topic " + slug));
		String path = "/topics/" + slug;
		Page<ArticleListItem> articles = this.articles.byTopic(slug, number, this.pageSize);
		PageNav nav = PageNav.of(articles, path);
		String title = (number == 1) ? topic.title() : topic.title() + " (page " + number + ")";
		PageMeta meta = this.links.meta(title, topic.summary(), PageNav.url(path, number))
			.withPagination(nav)
			.withFeed(this.links.topicFeed(slug, topic.title()));
		List<Crumb> breadcrumb = Crumb.trail(new Crumb("Topics", "/topics"), topic.title());
		model.addAttribute("meta",
				meta.withStructuredData(this.structuredData.topicPage(meta, breadcrumb, topic.title(),
						topic.reviewedIso(), topic.citations())));
		model.addAttribute("breadcrumb", breadcrumb);
		model.addAttribute("topic", topic);
		model.addAttribute("articles", articles.getContent());
		model.addAttribute("nav", nav);
		return "topic/show";
	}

}
