package guide.legcramps.web;

import org.springframework.stereotype.Component;

import guide.legcramps.SiteProperties;

/** Builds page metadata; {@code site.base-url} is the only source of absolute URLs, never a request header. */
@Component
public class SiteLinks {

	public static final String SITE_NAME = "Leg Cramps Guide";

	private final String baseUrl;

	SiteLinks(SiteProperties site) {
		this.baseUrl = site.baseUrl();
	}

	public PageMeta meta(String title, String description, String path) {
		return new PageMeta(title, title + " \u2013 " + SITE_NAME, description, absolute(path), null, null);
	}

	public String absolute(String path) {
		return this.baseUrl + path;
	}

}
