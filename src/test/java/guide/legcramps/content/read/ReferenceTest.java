package guide.legcramps.content.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a work is shown, from its data, once; and which addresses reach a document. */
class ReferenceTest {

	private static Reference work(List<Reference.Name> authors, String doi, String pmid, String url) {
		return new Reference("x", "article-journal", authors, "Title", "Journal", null, 2020, doi, pmid, url, 1);
	}

	private static Reference.Name person(String family, String given) {
		return new Reference.Name(family, given, null);
	}

	@Test
	void authorsAreFamilyAndInitialsJoinedByCommasWithEtAlJoinedByASpace() {
		assertThat(work(List.of(person("Garrison", "SR"), new Reference.Name(null, null, "et al.")), null, null, null)
			.authorsText()).isEqualTo("Garrison SR et al.");
		assertThat(work(List.of(person("Naylor", "JR"), person("Young", "JB")), null, null, null).authorsText())
			.isEqualTo("Naylor JR, Young JB");
		assertThat(work(List.of(new Reference.Name(null, null, "American Academy of Neurology"), person("Katzberg", null)),
				null, null, null)
			.authorsText()).isEqualTo("American Academy of Neurology, Katzberg");
		assertThat(work(List.of(), null, null, null).authorsText()).isNull();
	}

	@Test
	void theLinkComesFromTheStrongestIdentifier() {
		assertThat(work(List.of(), "10.1002/14651858.CD009402.pub3", "32956536", "https://example.org/x").link())
			.isEqualTo("https://doi.org/10.1002/14651858.CD009402.pub3");
		assertThat(work(List.of(), null, "22963024", "https://example.org/x").link())
			.isEqualTo("https://pubmed.ncbi.nlm.nih.gov/22963024/");
		assertThat(work(List.of(), null, null, "https://example.org/x").link()).isEqualTo("https://example.org/x");
		assertThat(work(List.of(), null, null, null).link()).isNull();
		// characters that mean something else in an address are encoded, as doi.org asks
		assertThat(work(List.of(), "10.1000/a#b?c d<e>\"%", null, null).link())
			.isEqualTo("https://doi.org/10.1000/a%23b%3Fc%20d%3Ce%3E%22%25");
		assertThat(work(List.of(), "10.1016/S1836-9553(12)70068-1", null, null).link())
			.isEqualTo("https://doi.org/10.1016/S1836-9553(12)70068-1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://www.fda.gov/", "https://www.mayoclinic.org/", "https://www.efsa.europa.eu/",
			"https://www.efsa.europa.eu/en", "https://example.org/index.html", "https://example.org" })
	void homePagesAreNotDocuments(String address) {
		assertThat(DocumentLinks.whyNotADocument(address)).isEqualTo("a site's home page");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://www.gov.uk/drug-safety-update", "https://www.nhs.uk/pregnancy/",
			"https://www.nhs.uk/conditions/", "https://www.gov.uk/government/publications",
			"https://www.who.int/news-room/news" })
	void sectionsAndListingsAreNotDocuments(String address) {
		assertThat(DocumentLinks.whyNotADocument(address)).isEqualTo("a section or listing page");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://pubmed.ncbi.nlm.nih.gov/?term=leg+cramps",
			"https://www.google.com/search?q=leg+cramps", "https://www.nhs.uk/search/results?q=cramp",
			"https://search.example.org/x", "https://www.cochranelibrary.com/advanced-search?searchText=x&s=1" })
	void searchResultsAreNotDocuments(String address) {
		assertThat(DocumentLinks.whyNotADocument(address)).isEqualTo("a search-results page");
	}

	/** Every exact page of the project's reference list (SOURCES.md), and the links built from its identifiers. */
	@ParameterizedTest
	@ValueSource(strings = { "https://www.nhs.uk/conditions/leg-cramps/", "https://cks.nice.org.uk/topics/leg-cramps/",
			"https://www.mayoclinic.org/symptoms/night-leg-cramps/basics/causes/sym-20050813",
			"https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820",
			"https://www.fda.gov/Drugs/DrugSafety/PostmarketDrugSafetyInformationforPatientsandProviders/ucm218202.htm",
			"https://www.gov.uk/drug-safety-update/quinine-not-to-be-used-routinely-for-nocturnal-leg-cramps",
			"https://www.gov.uk/drug-safety-update/quinine-reminder-of-dose-dependent-qt-prolonging-effects-updated-medicine-interactions",
			"https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
			"https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/", "https://www.nhs.uk/medicines/statins/",
			"https://www.nhs.uk/conditions/restless-legs-syndrome/",
			"https://clinicalguidelines.scot.nhs.uk/rhc-for-health-professionals/guidelines/primary-care-referral-guidelines/medical-paediatric-pre-referral-guidance/nocturnal-leg-pain-advice-for-referrers",
			"https://cuh.nhs.uk/patient-information/benign-nocturnal-idiopathic-limb-pains",
			"https://doi.org/10.1002/14651858.CD009402.pub3", "https://pubmed.ncbi.nlm.nih.gov/22963024/" })
	void theDocumentsOfTheReferenceListAreDocuments(String address) {
		assertThat(DocumentLinks.whyNotADocument(address)).isNull();
	}

}
