package guide.legcramps.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AliasPageTest {

	@Test
	void isValidHtml() throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
		String report = validator
			.validate(new ByteArrayInputStream(AliasPage.html("https://example.org/articles/night-leg-cramps")));
		assertThat(report.lines().filter((line) -> line.startsWith("Error"))).as(report).isEmpty();
	}

	@Test
	void anAddressIsEscapedNotPastedIn() {
		String target = "https://example.org/a\"><script>alert(1)</script>&x='y";
		String html = new String(AliasPage.html(target), StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>", "\"><");
		Document page = Jsoup.parse(html);
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(target);
		assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + target);
		assertThat(page.select("body a").attr("href")).isEqualTo(target);
		assertThat(page.select("body a").text()).isEqualTo(target);
	}

}
