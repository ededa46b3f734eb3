package guide.legcramps.web;

/**
 * What the layout puts in every page's head: the document title ("Page – Leg Cramps Guide"), the
 * meta description, the canonical URL, and the previous/next pages of a paginated list.
 */
public record PageMeta(String title, String documentTitle, String description, String canonicalUrl, String prevUrl,
		String nextUrl) {

	public PageMeta withPagination(PageNav nav) {
		return new PageMeta(this.title, this.documentTitle, this.description, this.canonicalUrl, nav.prevUrl(),
				nav.nextUrl());
	}

}
