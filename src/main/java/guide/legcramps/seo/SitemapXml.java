package guide.legcramps.seo;

import java.util.List;

import guide.legcramps.site.XmlDocument;

/**
 * Writes a sitemaps.org 0.9 {@code urlset}, every URL escaped as XML needs. One file holds at most
 * 50,000 URLs; a site that outgrows that needs a sitemap index.
 */
final class SitemapXml {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private SitemapXml() {
	}

	static byte[] write(List<PublicPage> pages) {
		return XmlDocument.write(NAMESPACE, "urlset", (xml) -> {
			for (PublicPage page : pages) {
				xml.writeCharacters("\n");
				xml.writeStartElement(NAMESPACE, "url");
				XmlDocument.element(xml, NAMESPACE, "loc", page.url());
				if (page.lastModified() != null) {
					XmlDocument.element(xml, NAMESPACE, "lastmod", page.lastModified().toString());
				}
				xml.writeEndElement();
			}
		});
	}

}
