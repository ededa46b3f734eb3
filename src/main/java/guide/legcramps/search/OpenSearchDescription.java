package guide.legcramps.search;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import guide.legcramps.site.SiteLinks;

/**
 * The OpenSearch 1.1 description that lets a browser add the site's search: its name, its icon,
 * and the results address with the reader's words in place of {@code {searchTerms}}. Written with
 * StAX, which escapes what XML needs; every address is absolute, from {@code site.base-url}.
 */
final class OpenSearchDescription {

	static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private OpenSearchDescription() {
	}

	static byte[] write(SiteLinks links) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "OpenSearchDescription");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "ShortName", SiteLinks.SITE_NAME);
			element(xml, "Description", "Search the " + SiteLinks.SITE_NAME + ": leg cramps, restless legs and what helps.");
			element(xml, "InputEncoding", "UTF-8");
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
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			// only an I/O failure can cause this, and the output is in memory
			throw new IllegalStateException("Could not write the OpenSearch description", ex);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeCharacters("\n");
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
