package guide.legcramps.site;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML document (the sitemap, the OpenSearch description) written with StAX, which escapes
 * what XML needs: the declaration, the root element in its default namespace, what {@code body}
 * writes inside it, and a line break after each. Written in memory, so only a bug can make it fail.
 */
public final class XmlDocument {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	/** Writes the root element's content. */
	@FunctionalInterface
	public interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private XmlDocument() {
	}

	public static byte[] write(String namespace, String root, Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(namespace);
			xml.writeStartElement(namespace, root);
			xml.writeDefaultNamespace(namespace);
			body.write(xml);
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			// only an I/O failure can cause this, and the output is in memory
			throw new IllegalStateException("Could not write a " + root + " document", ex);
		}
		return out.toByteArray();
	}

	/** {@code <name>text</name>} in the document's namespace. */
	public static void element(XMLStreamWriter xml, String namespace, String name, String text)
			throws XMLStreamException {
		xml.writeStartElement(namespace, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
