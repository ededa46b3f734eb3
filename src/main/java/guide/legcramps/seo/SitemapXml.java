package guide.legcramps.seo;

import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemaps.org 0.9 {@code urlset} with StAX, which escapes every URL as XML needs. One file
 * holds at most 50,000 URLs; a site that outgrows that needs a sitemap index.
 */
final class SitemapXml {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private SitemapXml() {
	}

	static byte[] write(List<PublicPage> pages) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			for (PublicPage page : pages) {
				xml.writeCharacters("\n");
				xml.writeStartElement(NAMESPACE, "url");
				element(xml, "loc", page.url());
				if (page.lastModified() != null) {
					element(xml, "lastmod", page.lastModified().toString());
				}
				xml.writeEndElement();
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			// only an I/O failure can cause this, and the output is in memory
			throw new IllegalStateException("Could not write the sitemap", ex);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
