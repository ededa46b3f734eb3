package guide.legcramps.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTextTest {

	static final String SEP = String.valueOf(PageText.SENTENCE_END);

	@Test
	void headingsAreKeptApartAndEveryBlockEndsWithASeparator() {
		PageText text = PageText.of("<h2 id=\"x\"><a href=\"#x\">What a cramp is</a></h2>\n<p>A cramp is <strong>sudden</strong>.\n"
				+ "It hurts.</p><ul><li>stretch the muscle</li><li>walk it off<ul><li>slowly</li></ul></li></ul>"
				+ "<table><tr><th>Food</th><td>Bananas</td></tr></table><p>Last<br>line</p>");
		assertThat(text.headings()).isEqualTo("What a cramp is");
		assertThat(text.body()).isEqualTo(String.join(SEP, "A cramp is sudden.", "It hurts.", "stretch the muscle",
				"walk it off", "slowly", "Food; Bananas", "Last line"));
	}

	@Test
	void noHtmlIsNoText() {
		assertThat(PageText.of(null)).isEqualTo(new PageText("", ""));
		assertThat(PageText.of(" ")).isEqualTo(new PageText("", ""));
	}

	@Test
	void entitiesAreDecodedAndMarkupIsNotText() {
		PageText text = PageText.of("<p>Salt &amp; water &lt;script&gt; <em>not</em> &quot;fluids&quot;</p>");
		assertThat(text.body()).isEqualTo("Salt & water <script> not \"fluids\"");
	}

	@Test
	void citationNumbersAreNotText() {
		PageText text = PageText.of("<p>Stretching may help.<span class=\"cite\"><span aria-hidden=\"true\">[</span>"
				+ "<a href=\"#source-1\" id=\"cite-1\"><span class=\"visually-hidden\">source </span>1</a>"
				+ "<span aria-hidden=\"true\">]</span></span> It is safe.</p>");
		assertThat(text.body()).isEqualTo("Stretching may help." + SEP + "It is safe.");
	}

}
