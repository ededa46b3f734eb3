package guide.legcramps.site;

/**
 * What the layout puts in every page's head: the document title ("Page – Leg Cramps Guide"), the
 * meta description, the canonical URL, the previous/next pages of a paginated list, the Open Graph
 * type ({@code website}, or {@code article} for articles), the Atom feed to advertise (or null) and
 * the page's JSON-LD, already serialised and escaped for a script element (or null).
 * <p>
 * {@code title}, {@code description} and {@code canonicalUrl} also fill the Open Graph and Twitter
 * tags, so a shared link says exactly what the page says. Error pages have no canonical URL.
 * {@code noindex} asks search engines to leave the page out of their results (search results pages).
 */
public record PageMeta(String title, String documentTitle, String description, String canonicalUrl, String prevUrl,
		String nextUrl, String openGraphType, FeedLink feed, String structuredData, boolean noindex) {

	static final String WEBSITE = "website";

	static final String ARTICLE = "article";

	/** An error page: no canonical URL, as it is not a page anyone should link to. */
	public static PageMeta error(String title, String description) {
		return new PageMeta(title, title + " \u2013 " + SiteLinks.SITE_NAME, description, null, null, null, WEBSITE,
				null, null, false);
	}

	/**
	 * A page that search engines may fetch but should not list, such as a page of search results:
	 * {@code noindex}, and no canonical URL, as no one address stands for it.
	 */
	public static PageMeta unlisted(String title, String description) {
		return new PageMeta(title, title + " \u2013 " + SiteLinks.SITE_NAME, description, null, null, null, WEBSITE,
				null, null, true);
	}

	public PageMeta withPagination(PageNav nav) {
		return new PageMeta(this.title, this.documentTitle, this.description, this.canonicalUrl, nav.prevUrl(),
				nav.nextUrl(), this.openGraphType, this.feed, this.structuredData, this.noindex);
	}

	public PageMeta asArticle() {
		return new PageMeta(this.title, this.documentTitle, this.description, this.canonicalUrl, this.prevUrl,
				this.nextUrl, ARTICLE, this.feed, this.structuredData, this.noindex);
	}

	public PageMeta withFeed(FeedLink feed) {
		return new PageMeta(this.title, this.documentTitle, this.description, this.canonicalUrl, this.prevUrl,
				this.nextUrl, this.openGraphType, feed, this.structuredData, this.noindex);
	}

	/** @param json JSON-LD that is safe to print unescaped inside a script element */
	public PageMeta withStructuredData(String json) {
		return new PageMeta(this.title, this.documentTitle, this.description, this.canonicalUrl, this.prevUrl,
				this.nextUrl, this.openGraphType, this.feed, json, this.noindex);
	}

	/** An Atom feed: its title, and its absolute URL for the head's autodiscovery link. */
	public record FeedLink(String title, String url) {
	}

}
