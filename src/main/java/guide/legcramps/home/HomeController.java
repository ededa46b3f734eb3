package guide.legcramps.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import guide.legcramps.article.ArticleQueries;
import guide.legcramps.site.PageMeta;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.StructuredData;
import guide.legcramps.tag.TagQueries;
import guide.legcramps.topic.TopicQueries;

@Controller
class HomeController {

	static final int LATEST = 6;

	private final TopicQueries topics;

	private final ArticleQueries articles;

	private final TagQueries tags;

	private final SiteLinks links;

	private final StructuredData structuredData;

	HomeController(TopicQueries topics, ArticleQueries articles, TagQueries tags, SiteLinks links,
			StructuredData structuredData) {
		this.topics = topics;
		this.articles = articles;
		this.tags = tags;
		this.links = links;
		this.structuredData = structuredData;
	}

	@GetMapping("/")
	String home(Model model) {
		PageMeta meta = this.links.meta("Leg cramps explained",
				"Plain-English, sourced and regularly reviewed information about leg cramps: why they happen,"
						+ " what may help, and when to see a doctor.",
				"/")
			.withFeed(this.links.siteFeed());
		model.addAttribute("meta", meta.withStructuredData(this.structuredData.website(meta)));
		model.addAttribute("topics", this.topics.all());
		model.addAttribute("latest", this.articles.latest(LATEST));
		model.addAttribute("tags", this.tags.all());
		return "home";
	}

}
