package guide.legcramps.search;

import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.XmlDocument;

/**
 * The OpenSearch 1.1 description that lets a browser add the site's search: its name, its icon,
 * and the results address with the reader's words in place of {@code {searchTerms}}. Every address
 * is absolute, from {@code site.base-url}.
 */
final class OpenSearchDescription {

	static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	private OpenSearchDescription() {
	}

	static byte[] write(SiteLinks links) {
		return XmlDocument.write(NAMESPACE, "OpenSearchDescription", (xml) -> {
			xml.writeCharacters("\n");
			XmlDocument.element(xml, NAMESPACE, "ShortName", SiteLinks.SITE_NAME);
			xml.writeCharacters("\n");
			XmlDocument.element(xml, NAMESPACE, "Description",
					"Search the " + SiteLinks.SITE_NAME + ": leg cramps, restless legs and what helps.");
			xml.writeCharacters("\n");
			XmlDocument.element(xml, NAMESPACE, "InputEncoding", "UTF-8");
			xml.writeCharacters("\n");
			xml.writeStartElement(NAMESPACE, "Image");
			xml.writeAttribute("width", "32");
			xml.writeAttribute("height", "32");
			xml.writeAttribute("type", "image/x-icon");
			xml.writeCharacters(links.absolute("/favicon.ico"));
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEmptyElement(NAMESPACE, "Url");
			xml.writeAttribute("type", "text/html");
			xml.writeAttribute("method", "get");
			xml.writeAttribute("template", links.absolute(SearchPage.PATH) + "?q={searchTerms}");
		});
	}

}
