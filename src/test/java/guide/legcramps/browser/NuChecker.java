package guide.legcramps.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;

/** The Nu Html Checker, embedded: the errors it finds in a page, each with the whole report. */
final class NuChecker {

	private final EmbeddedValidator validator = new EmbeddedValidator();

	NuChecker() throws IOException, SAXException {
		this.validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
		// the checker really reports errors: a page without a title is invalid
		assertThat(report("<!DOCTYPE html><html lang=en><head></head><body><p>x</body></html>".getBytes()))
			.contains("Error");
	}

	String report(byte[] page) throws IOException, SAXException {
		return this.validator.validate(new ByteArrayInputStream(page));
	}

	/** The report's error lines; empty for a valid page. */
	List<String> errors(byte[] page) throws IOException, SAXException {
		return report(page).lines().filter((line) -> line.startsWith("Error")).toList();
	}

}
