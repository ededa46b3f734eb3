package guide.legcramps.export;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import guide.legcramps.site.SiteLinks;

/**
 * What a static host serves at an article's old address instead of the server's 301: a small page
 * that sends browsers on at once ({@code meta refresh}), tells search engines where the page now is
 * ({@code canonical}) and not to index this one, and shows a link for anyone whose browser does not
 * follow the refresh. Static generators (Hugo, Jekyll's redirect-from) write the same page. jsoup
 * writes the document, so the address is escaped as an attribute and as text, never pasted in.
 */
final class AliasPage {

	private static final String SHELL = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head>"
			+ "<body></body></html>";

	private AliasPage() {
	}

	/** @param target the absolute URL of the page the alias stands for */
	static byte[] html(String target) {
		Document page = Jsoup.parse(SHELL);
		page.outputSettings().charset(StandardCharsets.UTF_8);
		Element head = page.head();
		head.appendElement("title").text("Page moved \u2013 " + SiteLinks.SITE_NAME);
		head.appendElement("link").attr("rel", "canonical").attr("href", target);
		head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
		head.appendElement("meta").attr("http-equiv", "refresh").attr("content", "0; url=" + target);
		Element message = page.body().appendElement("p").text("This page has moved to ");
		message.appendElement("a").attr("href", target).text(target);
		message.appendText(".");
		return (page.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8);
	}

}
