package guide.legcramps.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadabilityTest {

	@Test
	void theCatSatOnTheMat() {
		// The standard example of the Flesch tests: 6 one-syllable words in one sentence,
		// Flesch reading ease 116 (206.835 - 1.015 * 6 - 84.6 * 1), grade 0.39 * 6 + 11.8 - 15.59 = -1.45.
		Readability.Counts counts = Readability.count("The cat sat on the mat.");
		assertThat(counts).isEqualTo(new Readability.Counts(6, 1, 6));
		assertThat(counts.grade()).isCloseTo(-1.45, within(1e-9));
	}

	@Test
	void countsSyllablesOfCommonWordsAsADictionaryDoes() {
		assertThat(Readability.syllables("cramp")).isEqualTo(1);
		assertThat(Readability.syllables("muscle")).isEqualTo(2);
		assertThat(Readability.syllables("water")).isEqualTo(2);
		assertThat(Readability.syllables("doctor")).isEqualTo(2);
		assertThat(Readability.syllables("syllable")).isEqualTo(3);
		assertThat(Readability.syllables("medicine")).isEqualTo(3);
		assertThat(Readability.syllables("readability")).isEqualTo(5);
		assertThat(Readability.syllables("walked")).isEqualTo(1);
		assertThat(Readability.syllables("2026")).isEqualTo(1);
	}

	@Test
	void likeOtherReadabilityToolsItUndercountsSomeVowelPairs() {
		// po-tas-si-um has four syllables, but "iu" is one vowel group; "stretches" loses its "es".
		// Readability tools share these small errors; the grade targets leave room for them.
		assertThat(Readability.syllables("potassium")).isEqualTo(3);
		assertThat(Readability.syllables("stretches")).isEqualTo(1);
	}

	@Test
	void listItemsAndTableRowsAreSentencesAndHeadingsAreLeftOut() {
		Readability.Counts counts = Readability.count("""
				## A heading that does not count

				First line of a paragraph
				continues here. Second sentence!

				- a list item
				- another one

				| Cell one | Cell two |
				|---|---|
				| three | four |
				""");
		// sentences: 2 in the paragraph, 2 list items, 2 table rows
		assertThat(counts.sentences()).isEqualTo(6);
		assertThat(counts.words()).isEqualTo(9 + 3 + 2 + 4 + 2);
	}

	@Test
	void linksCountAsTheirText() {
		assertThat(Readability.count("See [the stretches](/articles/stretches) now.").words()).isEqualTo(4);
	}

	@Test
	void citationsAreNotWords() {
		Readability.Counts cited = Readability.count(
				"Magnesium made no real difference [@garrison-2020-magnesium]. Stretching may help [@hallegraeff-2012-stretching; @nhs-leg-cramps].");
		assertThat(cited).isEqualTo(Readability.count("Magnesium made no real difference. Stretching may help."));
		assertThat(cited.words()).isEqualTo(8);
	}

	@Test
	void longWordsAndLongSentencesRaiseTheGrade() {
		double plain = Readability.count("Stretch your calf. Then rest. Walk a bit.").grade();
		double dense = Readability.count(
				"Pharmacological interventions demonstrate inconsistent effectiveness regarding nocturnal musculoskeletal manifestations.")
			.grade();
		assertThat(plain).isLessThan(2);
		assertThat(dense).isGreaterThan(20);
	}

}
