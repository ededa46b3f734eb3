package guide.legcramps.content.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import guide.legcramps.content.Problems;

/**
 * Reads {@code references.yaml}, CSL YAML as pandoc and Zotero write it, into the
 * {@link Bibliography}, reporting every problem at its line. An entry with an error is left out and
 * the others are kept. Fields other than the ones the site shows are allowed and ignored: reference
 * managers export many.
 */
public final class BibliographyReader {

	public static final String NAME = "references.yaml";

	static final Set<String> FILE_FIELDS = Set.of("references");

	/** 10, a dot, the registrant's four to nine digits, a slash, the rest: as Crossref describes a DOI. */
	static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}(\\.[0-9]+)*/\\S+");

	static final Pattern PMID = Pattern.compile("[1-9][0-9]{0,8}");

	static final Pattern ISSUED = Pattern.compile("([0-9]{4})(-[0-9]{2}(-[0-9]{2})?)?");

	private BibliographyReader() {
	}

	public static Bibliography read(DataFile file, LocalDate today, Problems problems) {
		FrontMatter yaml = FrontMatterParser.dataFile(file, problems, "'references:', a list of works");
		if (yaml == null) {
			return new Bibliography(file.path(), Map.of(), Set.of());
		}
		yaml.reportUnknownFields(FILE_FIELDS);
		Map<String, Reference> references = new LinkedHashMap<>();
		Set<String> failed = new TreeSet<>();
		Map<String, String> dois = new HashMap<>();
		Map<String, String> pmids = new HashMap<>();
		for (FrontMatter entry : yaml.mappings("references", true, "reference")) {
			int before = problems.list().size();
			Reference reference = reference(entry, today.getYear() + 1);
			String id = entry.textOrNull("id");
			if (id != null && (references.containsKey(id) || failed.contains(id))) {
				entry.error("id", "'id' '" + id + "' is the id of another reference; each work is listed once");
				continue;
			}
			if (reference != null) {
				unique(entry, "DOI", (reference.doi() != null) ? reference.doi().toLowerCase(Locale.ROOT) : null, id, dois);
				unique(entry, "PMID", reference.pmid(), id, pmids);
			}
			if (reference != null && !problems.hasErrorsAfter(before)) {
				references.put(id, reference);
			}
			else if (id != null) {
				failed.add(id);
			}
		}
		return new Bibliography(file.path(), references, failed);
	}

	/** A DOI or PMID names one work: a second entry with it is the same work listed twice. */
	private static void unique(FrontMatter entry, String key, String value, String id, Map<String, String> seen) {
		if (value == null) {
			return;
		}
		String other = seen.putIfAbsent(value, id);
		if (other != null) {
			entry.error(key, "'" + key + "' " + entry.textOrNull(key) + " is also the " + key + " of reference '"
					+ other + "'; each work is listed once");
		}
	}

	private static Reference reference(FrontMatter entry, int latestYear) {
		String id = entry.slug("id", true);
		String title = entry.text("title", true);
		String type = entry.text("type", false);
		List<Reference.Name> authors = authors(entry);
		String container = entry.text("container-title", false);
		String publisher = entry.text("publisher", false);
		Integer year = year(entry, latestYear);
		String doi = matching(entry, "DOI", DOI, "written 10.NNNN/..., without https://doi.org/ or doi:");
		String pmid = matching(entry, "PMID", PMID, "digits only, like 32956536");
		String url = entry.text("URL", false);
		if (url != null && !DocumentReader.isWebAddress(url)) {
			entry.error("URL", "'URL' must be a full http:// or https:// address, not '" + url + "'");
			url = null;
		}
		else if (doi == null && pmid == null) {
			// the address is the link only when there is no identifier to build a stronger one from
			DocumentLinks.warnIfNotADocument(entry, "URL", url);
		}
		return (id != null && title != null)
				? new Reference(id, type, authors, title, container, publisher, year, doi, pmid, url, entry.line("id"))
				: null;
	}

	private static String matching(FrontMatter entry, String key, Pattern pattern, String form) {
		String text = entry.text(key, false);
		if (text != null && !pattern.matcher(text).matches()) {
			entry.error(key, "'" + key + "' must be " + form + ", not '" + text + "'");
			return null;
		}
		return text;
	}

	/** CSL names: each {@code family} with an optional {@code given}, or a {@code literal}. */
	private static List<Reference.Name> authors(FrontMatter entry) {
		List<Reference.Name> names = new ArrayList<>();
		int index = 0;
		for (FrontMatter name : entry.mappings("author", false, "author")) {
			index++;
			String literal = name.text("literal", false);
			String family = name.text("family", false);
			if (literal == null && family == null) {
				entry.error("author", "author " + index + " must have 'family' (and 'given') or 'literal'");
				continue;
			}
			String particle = particles(name);
			names.add(new Reference.Name((family != null) ? particle + family : null, name.text("given", false),
					literal));
		}
		return List.copyOf(names);
	}

	/** "van der" in "van der Schans CP", when a reference manager gives it apart from the family name. */
	private static String particles(FrontMatter name) {
		StringBuilder particles = new StringBuilder();
		for (String key : List.of("dropping-particle", "non-dropping-particle")) {
			String particle = name.text(key, false);
			if (particle != null) {
				particles.append(particle).append(' ');
			}
		}
		return particles.toString();
	}

	/**
	 * The year of {@code issued}: {@code date-parts: [[2020]]} (or {@code [[2020, 5]]}), as CSL YAML
	 * writes it, or a plain {@code 2020} or {@code 2020-05-01}, as pandoc also reads it.
	 */
	private static Integer year(FrontMatter entry, int latestYear) {
		Node issued = entry.node("issued");
		if (issued == null) {
			return null;
		}
		String year = null;
		String written = "";
		if (issued instanceof ScalarNode scalar) {
			year = ISSUED.matcher(scalar.getValue()).matches() ? scalar.getValue().substring(0, 4) : null;
			written = ", not '" + scalar.getValue() + "'";
		}
		else if (issued instanceof MappingNode mapping) {
			year = firstDatePart(mapping);
		}
		if (year == null || Integer.parseInt(year) < 1800 || Integer.parseInt(year) > latestYear) {
			entry.error("issued", "'issued' must be written date-parts: [[2020]] (or [[2020, 5]]), with a year from"
					+ " 1800 to " + latestYear + written);
			return null;
		}
		return Integer.valueOf(year);
	}

	private static String firstDatePart(MappingNode issued) {
		for (var tuple : issued.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("date-parts")
					&& tuple.getValueNode() instanceof SequenceNode dates && !dates.getValue().isEmpty()
					&& dates.getValue().get(0) instanceof SequenceNode parts && !parts.getValue().isEmpty()
					&& parts.getValue().get(0) instanceof ScalarNode year && year.getValue().matches("[0-9]{4}")) {
				return year.getValue();
			}
		}
		return null;
	}

}
