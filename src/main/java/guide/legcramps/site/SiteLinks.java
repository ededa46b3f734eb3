package guide.legcramps.site;

import org.springframework.stereotype.Component;

/**
 * Builds page metadata and every absolute URL the site prints (canonical links, Open Graph, JSON-LD,
 * sitemap, feeds, robots.txt) from {@code site.base-url}, never from a request header, so a forged
 * {@code Host} or {@code X-Forwarded-Host} cannot put another site's address into a page or a cache.
 */
@Component
public class SiteLinks {

	public static final String SITE_NAME = "Leg Cramps Guide";

	private final String baseUrl;

	SiteLinks(SiteProperties site) {
		this.baseUrl = site.baseUrl();
	}

	public PageMeta meta(String title, String description, String path) {
		return new PageMeta(title, title + " \u2013 " + SITE_NAME, description, absolute(path), null, null,
				PageMeta.WEBSITE, null, null, false);
	}

	public String absolute(String path) {
		return this.baseUrl + path;
	}

	/** The home page's URL: the site's identity in feeds and structured data. */
	public String home() {
		return absolute("/");
	}

	/** The Atom feed of the latest articles. */
	public PageMeta.FeedLink siteFeed() {
		return new PageMeta.FeedLink(SITE_NAME + ": latest articles", absolute("/feed.xml"));
	}

	/** The Atom feed of one topic's latest articles. */
	public PageMeta.FeedLink topicFeed(String slug, String topicTitle) {
		return new PageMeta.FeedLink(topicTitle + " \u2013 " + SITE_NAME, absolute("/topics/" + slug + "/feed.xml"));
	}

}
