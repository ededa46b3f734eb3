package guide.legcramps.seo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import guide.legcramps.article.ArticleQueries;
import guide.legcramps.article.ReviewDates;
import guide.legcramps.page.SitePageRepository;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.tag.TagQueries;
import guide.legcramps.topic.TopicQueries;

/**
 * Every page the site wants found, read from the same queries as the pages and lists that link to
 * them, so the sitemap cannot offer what the site does not show:
 * <ul>
 * <li>home, the topic list and the tag list, changed when any article last was;
 * <li>every topic (as the topic list shows them) and every tag that has articles (as the tag list
 * shows them: a tag with none is not offered anywhere), each changed when its newest-reviewed
 * article was, or a topic when the hub itself was reviewed, if that is later; a topic with neither
 * has no date;
 * <li>every article, changed when it was reviewed (its "Page last reviewed" date);
 * <li>every author of an article, changed when their newest-reviewed article was;
 * <li>the standalone pages, with no date: their files carry none, and an invented one would
 * mislead crawlers more than none at all.
 * </ul>
 * Later pages of a list ({@code /topics/x/page/2}) are left out: they are reached from the first
 * page's next link, they exist only to lead to articles the sitemap lists anyway, and what is on
 * them shifts every time an article is published.
 */
@Service
@Transactional(readOnly = true)
public class PublicPages {

	private final ArticleQueries articles;

	private final TopicQueries topics;

	private final TagQueries tags;

	private final SitePageRepository sitePages;

	private final SiteLinks links;

	PublicPages(ArticleQueries articles, TopicQueries topics, TagQueries tags, SitePageRepository sitePages,
			SiteLinks links) {
		this.articles = articles;
		this.topics = topics;
		this.tags = tags;
		this.sitePages = sitePages;
		this.links = links;
	}

	List<PublicPage> all() {
		ReviewDates dates = this.articles.reviewDates();
		LocalDate newest = dates.articles().values().stream().max(Comparator.naturalOrder()).orElse(null);
		List<PublicPage> pages = new ArrayList<>();
		pages.add(page("/", newest));
		pages.add(page("/topics", newest));
		this.topics.all()
			.forEach((topic) -> pages.add(page(topic.url(), later(topic.reviewed(), dates.topics().get(topic.url())))));
		pages.add(page("/tags", newest));
		this.tags.all().forEach((tag) -> pages.add(page(tag.url(), dates.tags().get(tag.url()))));
		dates.articles().forEach((path, reviewed) -> pages.add(page(path, reviewed)));
		dates.authors().forEach((path, reviewed) -> pages.add(page(path, reviewed)));
		this.sitePages.findAll(Sort.by("slug")).forEach((sitePage) -> pages.add(page("/" + sitePage.getSlug(), null)));
		return pages;
	}

	/** The path of every page {@link #all()} lists, in the same order: where a static export starts. */
	public List<String> paths() {
		int base = this.links.absolute("").length();
		return all().stream().map((page) -> page.url().substring(base)).toList();
	}

	/** The later of two dates, either of which may be null. */
	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return a.isAfter(b) ? a : b;
	}

	private PublicPage page(String path, LocalDate lastModified) {
		return new PublicPage(this.links.absolute(path), lastModified);
	}

}
