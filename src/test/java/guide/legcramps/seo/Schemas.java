package guide.legcramps.seo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validation against the published schemas in {@code src/test/resources/schemas}, and a plain DOM parse. */
public final class Schemas {

	private static final Path DIR = Path.of("src/test/resources/schemas");

	private Schemas() {
	}

	/** Throws, naming the line and the rule broken, unless the bytes are a valid sitemaps.org 0.9 sitemap. */
	public static void validateSitemap(byte[] xml) throws SAXException, IOException {
		Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(DIR.resolve("sitemap.xsd").toFile());
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	/**
	 * What RFC 4287's RELAX NG schema finds wrong with an Atom document, one message per problem
	 * with its line: empty when the document is valid. Jing validates; no feed library is involved.
	 */
	public static List<String> atomErrors(byte[] xml) throws SAXException, IOException {
		List<String> errors = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}

		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collect);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		if (!driver.loadSchema(ValidationDriver.fileInputSource(DIR.resolve("atom.rnc").toFile()))) {
			throw new IllegalStateException("atom.rnc did not load: " + errors);
		}
		driver.validate(new InputSource(new ByteArrayInputStream(xml)));
		return errors;
	}

	public static Document parse(byte[] xml) throws SAXException, IOException, ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
