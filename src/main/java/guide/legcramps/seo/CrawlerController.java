package guide.legcramps.seo;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import guide.legcramps.site.SiteLinks;

/** What crawlers ask for before any page: robots.txt, and the sitemap it points to. */
@Controller
class CrawlerController {

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final PublicPages pages;

	private final SiteLinks links;

	CrawlerController(PublicPages pages, SiteLinks links) {
		this.pages = pages;
		this.links = links;
	}

	/**
	 * Everything may be crawled except {@code /_content/}, a path the site reserves (no page may
	 * take it) for what is not meant for readers; the sitemap lists what to crawl.
	 */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = String.join("\n", "User-agent: *", "Allow: /", "Disallow: /_content/", "",
				"Sitemap: " + this.links.absolute("/sitemap.xml"), "");
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		return ResponseEntity.ok().contentType(XML).body(SitemapXml.write(this.pages.all()));
	}

}
