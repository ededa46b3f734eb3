package guide.legcramps.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

	@Test
	void spacesAndControlCharactersBecomeOneSpace() {
		SearchQuery query = SearchQuery.of("  night\t\tcramps\r\n\u0000at\u200b night \u00a0 ");
		assertThat(query.text()).isEqualTo("night cramps at night");
		assertThat(query.shortened()).isFalse();
	}

	@Test
	void nothingOrOnlySpacesIsTheEmptyQuery() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of(" \t\n").isEmpty()).isTrue();
		assertThat(SearchQuery.of("cramp").isEmpty()).isFalse();
	}

	@Test
	void queryParserSyntaxIsKeptAsPlainText() {
		String typed = "\"leg cramp\" AND (magnesium OR quinine)~2 title:* -stretch +heel^3 \\ /regex/ [a TO z]";
		assertThat(SearchQuery.of(typed).text()).isEqualTo(typed);
	}

	@Test
	void moreThanTwentyWordsAreCutToTwenty() {
		SearchQuery query = SearchQuery.of("word ".repeat(25));
		assertThat(query.text().split(" ")).hasSize(SearchQuery.MAX_WORDS);
		assertThat(query.shortened()).isTrue();
		assertThat(SearchQuery.of("word ".repeat(20)).shortened()).isFalse();
	}

	@Test
	void moreThanTwoHundredCharactersAreCutAtAWordBreak() {
		SearchQuery query = SearchQuery.of("cramps ".repeat(19) + "x".repeat(80));
		assertThat(query.text()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_CHARACTERS).endsWith("cramps");
		assertThat(query.shortened()).isTrue();
		SearchQuery oneWord = SearchQuery.of("a".repeat(10_000));
		assertThat(oneWord.text()).hasSize(SearchQuery.MAX_CHARACTERS);
		assertThat(oneWord.shortened()).isTrue();
	}

	@Test
	void aCutNeverSplitsACharacterInTwo() {
		String emoji = "\ud83e\uddb5"; // a leg, two UTF-16 chars
		SearchQuery query = SearchQuery.of("a" + emoji.repeat(150));
		assertThat(query.text()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_CHARACTERS);
		assertThat(Character.isHighSurrogate(query.text().charAt(query.text().length() - 1))).isFalse();
		assertThat(query.text().codePoints().skip(1)).allMatch((c) -> c == emoji.codePointAt(0));
	}

}
