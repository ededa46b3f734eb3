package guide.legcramps.article;

import java.util.ArrayList;
import java.util.List;

import guide.legcramps.site.StructuredData;

/**
 * A page's sources, numbered in the order its text first cites them, each linking back to its
 * first citation, and the works it offers as further reading: ready to print, as templates
 * compute nothing. Articles, topics, tags and standalone pages show them the same way.
 */
public record SourceLists(List<SourceItem> cited, List<SourceItem> furtherReading) {

	public static final SourceLists NONE = new SourceLists(List.of(), List.of());

	/**
	 * One work as listed. {@code anchor} is the entry's id ({@code source-3}) and {@code backlink}
	 * the address of its first citation ({@code #cite-3}), null where nothing in the text cites it
	 * (further reading, an old front-matter list); {@code authors}, {@code url} (the link) and
	 * {@code details} may be null. {@code identifiers} are shown as "doi:..." and "PMID ...".
	 */
	public record SourceItem(int number, String anchor, String backlink, String backlinkText, String authors,
			String title, String titleStop, String url, String details, List<String> identifiers,
			StructuredData.CitedWork work) {
	}

	public static SourceLists of(List<Article.Source> cited, List<Article.Source> furtherReading) {
		List<SourceItem> numbered = new ArrayList<>();
		for (int i = 0; i < cited.size(); i++) {
			numbered.add(item(i + 1, cited.get(i)));
		}
		return new SourceLists(List.copyOf(numbered), furtherReading.stream().map((s) -> item(0, s)).toList());
	}

	/** What the page's JSON-LD cites: the works of its sources list, with their identifiers. */
	public List<StructuredData.CitedWork> citations() {
		return this.cited.stream().map(SourceItem::work).toList();
	}

	private static SourceItem item(int number, Article.Source source) {
		boolean citedInText = number > 0 && source.id() != null;
		List<String> identifiers = new ArrayList<>();
		if (source.doi() != null) {
			identifiers.add("doi:" + source.doi());
		}
		if (source.pmid() != null) {
			identifiers.add("PMID " + source.pmid());
		}
		String details = (source.where() != null && source.year() != null) ? source.where() + ", " + source.year()
				: (source.where() != null) ? source.where() : (source.year() != null) ? source.year().toString() : null;
		return new SourceItem(number, (number > 0) ? "source-" + number : null,
				citedInText ? "#cite-" + number : null,
				citedInText ? "Back to where the text first cites source " + number : null, sentence(source.authors()),
				source.title(), endsASentence(source.title()) ? "" : ".", source.link(), sentence(details),
				List.copyOf(identifiers), new StructuredData.CitedWork(source.type(), source.title(), source.link(),
						source.year(), source.doi(), source.pmid()));
	}

	/** Text that ends with a full stop, never two: "Garrison SR et al." stays as it is. */
	private static String sentence(String text) {
		return (text == null || endsASentence(text)) ? text : text + ".";
	}

	private static boolean endsASentence(String text) {
		return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
	}

}
