package guide.legcramps;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches a page through MockMvc, asserts it is a 200 HTML page, and parses it with jsoup. */
public final class Html {

	private Html() {
	}

	public static Document get(MockMvcTester mvc, String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(), "https://example.org" + path);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<String> texts(Document page, String css) {
		return page.select(css).stream().map(Element::text).toList();
	}

	public static List<String> attrs(Document page, String css, String attribute) {
		return page.select(css).stream().map((e) -> e.attr(attribute)).toList();
	}

}
