package guide.legcramps.content.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import guide.legcramps.content.Problems;

/**
 * An SVG drawing may hold only drawing: shapes, paths, text, groups, arrowhead markers, a title and
 * a description, with geometry and presentation attributes. Everything else is refused by name,
 * with its line: script, event handlers, {@code foreignObject}, animation, links and {@code use}
 * (no attribute may hold an address), style sheets ({@code style} elements and attributes, an
 * {@code xml-stylesheet} instruction), and a DOCTYPE, so no DTD or entity is ever read. The file is
 * read by the JDK's XML parser with secure processing on and external entities and DTDs off; the
 * parse stops at the first sign of a DOCTYPE. Anything not on the lists is refused, so a new SVG
 * feature is refused until someone adds it here on purpose.
 */
final class SvgCheck {

	static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	static final Set<String> ELEMENTS = Set.of("svg", "g", "title", "desc", "defs", "marker", "path", "line",
			"polyline", "polygon", "rect", "circle", "ellipse", "text", "tspan");

	/** Elements whose text a reader or a screen reader gets; anywhere else text must be only spaces. */
	static final Set<String> TEXT_ELEMENTS = Set.of("title", "desc", "text", "tspan");

	static final Set<String> ATTRIBUTES = Set.of(
			// identity and accessibility
			"id", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "lang", "focusable",
			// the canvas
			"version", "width", "height", "viewBox", "preserveAspectRatio",
			// geometry
			"x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "transform", "dx", "dy",
			// arrowheads
			"markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
			// presentation
			"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
			"stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity",
			"marker-start", "marker-mid", "marker-end", "font-family", "font-size", "font-weight", "font-style",
			"text-anchor", "dominant-baseline", "vector-effect");

	/** The one address an attribute may hold: a fragment of the same file, as in {@code url(#arrow)}. */
	private static final Pattern LOCAL_REFERENCE = Pattern.compile("url\\(#[A-Za-z][A-Za-z0-9_-]*\\)");

	private SvgCheck() {
	}

	/** Reports every element, attribute, text or declaration the drawing may not hold. */
	static void check(byte[] svg, Problems problems) {
		Handler handler = new Handler(problems);
		try {
			// a factory per file: JAXP factories are not safe to share between the threads of a load
			SAXParser parser = factory().newSAXParser();
			parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
			InputSource source = new InputSource(new ByteArrayInputStream(svg));
			parser.parse(source, handler);
		}
		catch (DoctypeFound ex) {
			problems.error(ex.line, ex.column,
					"a DOCTYPE is not allowed in an SVG image (DTDs and entities could read other files): delete the"
							+ " <!DOCTYPE ...> declaration");
		}
		catch (SAXParseException ex) {
			problems.error(Math.max(1, ex.getLineNumber()), Math.max(1, ex.getColumnNumber()),
					"is not well-formed XML: " + ex.getMessage());
		}
		catch (SAXException | IOException ex) {
			problems.error(1, 1, "cannot be read as XML: " + ex.getMessage());
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("the JDK's XML parser refused its own secure settings", ex);
		}
	}

	private static SAXParserFactory factory() {
		try {
			SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory;
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("the JDK's XML parser refused its own secure settings", ex);
		}
	}

	/** Stops the parse where a DOCTYPE begins, before anything inside it is read. */
	private static final class DoctypeFound extends SAXException {

		private final int line;

		private final int column;

		DoctypeFound(Locator locator) {
			super("DOCTYPE");
			this.line = (locator != null) ? Math.max(1, locator.getLineNumber()) : 1;
			this.column = (locator != null) ? Math.max(1, locator.getColumnNumber()) : 1;
		}

	}

	private static final class Handler extends DefaultHandler2 {

		private final Problems problems;

		private Locator locator;

		/** The open elements, innermost first; "" for one that was refused (its text is not judged again). */
		private final ArrayDeque<String> open = new ArrayDeque<>();

		private boolean textReported;

		Handler(Problems problems) {
			this.problems = problems;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startDTD(String name, String publicId, String systemId) throws SAXException {
			throw new DoctypeFound(this.locator);
		}

		@Override
		public void processingInstruction(String target, String data) {
			error("a processing instruction ('<?" + target + "') is not allowed in an SVG image: it could import a"
					+ " style sheet");
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			boolean svg = SVG_NAMESPACE.equals(uri);
			if (this.open.contains("")) {
				// inside an element already refused: one problem is enough
				this.open.push("");
				return;
			}
			if (this.open.isEmpty() && !(svg && localName.equals("svg"))) {
				error("the root element must be <svg xmlns=\"" + SVG_NAMESPACE + "\">, not <" + qName
						+ (uri.isEmpty() ? "" : " xmlns=\"" + uri + "\"") + ">");
				this.open.push("");
				return;
			}
			if (!svg || !ELEMENTS.contains(localName)) {
				error("element '" + qName + "' is not allowed in an SVG image (allowed: "
						+ String.join(", ", new TreeSet<>(ELEMENTS)) + ")");
				this.open.push("");
				return;
			}
			this.open.push(localName);
			for (int i = 0; i < attributes.getLength(); i++) {
				attribute(qName, attributes.getURI(i), attributes.getLocalName(i), attributes.getQName(i),
						attributes.getValue(i));
			}
		}

		private void attribute(String element, String uri, String localName, String qName, String value) {
			boolean plain = uri.isEmpty() || (XMLConstants.XML_NS_URI.equals(uri) && localName.equals("lang"));
			if (!plain || !ATTRIBUTES.contains(localName)) {
				error("attribute '" + qName + "' is not allowed on '" + element + "' in an SVG image");
				return;
			}
			String compact = value.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
			if (compact.contains("url(") && !LOCAL_REFERENCE.matcher(value.strip()).matches()) {
				error("attribute '" + qName + "' may only refer to something in the same file, as url(#id), not '"
						+ value + "'");
			}
			else if (compact.contains("javascript:")) {
				error("attribute '" + qName + "' holds an address ('" + value + "'); an SVG image may hold none");
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			this.open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			String where = this.open.peek();
			if (where == null || where.isEmpty() || TEXT_ELEMENTS.contains(where) || this.textReported) {
				return;
			}
			for (int i = start; i < start + length; i++) {
				if (!Character.isWhitespace(ch[i])) {
					this.textReported = true;
					error("text is only allowed inside " + String.join(", ", new TreeSet<>(TEXT_ELEMENTS))
							+ " in an SVG image, not inside '" + where + "'");
					return;
				}
			}
		}

		private void error(String message) {
			int line = (this.locator != null) ? Math.max(1, this.locator.getLineNumber()) : 1;
			int column = (this.locator != null) ? Math.max(1, this.locator.getColumnNumber()) : 1;
			this.problems.error(line, column, message);
		}

	}

}
