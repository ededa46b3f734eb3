package guide.legcramps.content.read;

import java.util.List;

/**
 * One work the site cites, as {@code references.yaml} gives it in CSL YAML (or, the old way, as an
 * entry of a page's own {@code sources:} list, which has no id). What a page shows of a work is
 * formatted here, from the data, once: the authors as "Garrison SR et al.", the journal or
 * publisher, and the link from the strongest identifier.
 *
 * @param id the id pages cite it by, or null for an entry of an old {@code sources:} list
 * @param type the CSL type ({@code article-journal}, {@code webpage}...), or null
 * @param authors the names in order; empty when the work names none
 * @param container the journal or site it is part of ({@code container-title}), or null
 * @param publisher or null
 * @param year the first of {@code issued}'s date parts, or null
 * @param doi the DOI as written ({@code 10.1002/...}), or null
 * @param pmid the PubMed id, digits only, or null
 * @param url the exact address of the document, or null
 * @param line the line of the entry in its file
 */
public record Reference(String id, String type, List<Name> authors, String title, String container,
		String publisher, Integer year, String doi, String pmid, String url, int line) {

	/** A CSL name: a person's {@code family} and {@code given} names, or a {@code literal} ("et al.", a body). */
	public record Name(String family, String given, String literal) {

		static final String ET_AL = "et al.";

		String display() {
			if (this.literal != null) {
				return this.literal;
			}
			return (this.given != null) ? this.family + " " + this.given : this.family;
		}

	}

	/**
	 * The address a reader is sent to: the DOI's, else PubMed's page for the PMID, else the URL;
	 * null for a work known by none of them, which is shown as a plain citation.
	 */
	public String link() {
		if (this.doi != null) {
			return "https://doi.org/" + encodeDoi(this.doi);
		}
		if (this.pmid != null) {
			return "https://pubmed.ncbi.nlm.nih.gov/" + this.pmid + "/";
		}
		return this.url;
	}

	/**
	 * "Garrison SR et al.", "Naylor JR, Young JB": family and given names, joined by commas, with a
	 * literal "et al." joined by a space; null when the work names no author.
	 */
	public String authorsText() {
		if (this.authors.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (Name name : this.authors) {
			if (!text.isEmpty()) {
				text.append(Name.ET_AL.equals(name.literal()) ? " " : ", ");
			}
			text.append(name.display());
		}
		return text.toString();
	}

	/** The journal or site and the publisher, as one line: "Cochrane Database of Systematic Reviews". */
	public String where() {
		if (this.container != null && this.publisher != null && !this.container.equals(this.publisher)) {
			return this.container + ", " + this.publisher;
		}
		return (this.container != null) ? this.container : this.publisher;
	}

	/**
	 * A DOI may hold characters that mean something else in an address; doi.org asks for these to
	 * be percent-encoded.
	 */
	static String encodeDoi(String doi) {
		StringBuilder encoded = new StringBuilder();
		for (char c : doi.toCharArray()) {
			if ("%\"#?<>\\^`{|} ".indexOf(c) >= 0) {
				encoded.append('%').append(String.format("%02X", (int) c));
			}
			else {
				encoded.append(c);
			}
		}
		return encoded.toString();
	}

}
