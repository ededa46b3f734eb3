package guide.legcramps.seo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Validation against the published schemas in {@code src/test/resources/schemas}, and a plain DOM parse. */
final class Schemas {

	private static final Path DIR = Path.of("src/test/resources/schemas");

	private Schemas() {
	}

	/** Throws, naming the line and the rule broken, unless the bytes are a valid sitemaps.org 0.9 sitemap. */
	static void validateSitemap(byte[] xml) throws SAXException, IOException {
		Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(DIR.resolve("sitemap.xsd").toFile());
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	static Document parse(byte[] xml) throws SAXException, IOException, ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
