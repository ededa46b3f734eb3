package guide.legcramps.content.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import guide.legcramps.article.Article;
import guide.legcramps.content.read.Bibliography;
import guide.legcramps.content.read.Document;
import guide.legcramps.content.read.Reference;
import guide.legcramps.content.render.MarkdownRenderer;

/**
 * The citations of one content set, filled in from {@code references.yaml}: each page numbers the
 * works it cites in the order its text first cites them; each citation becomes a small numbered
 * link to that work's entry in the page's sources list ("[3]", which a screen reader reads as
 * "source 3"), and the first citation of each work is the target of the entry's link back. A
 * page's sources list is exactly the works it cites. A citation of a work that did not load (the
 * checks said why) is left out.
 */
final class Citations {

	private final Bibliography bibliography;

	Citations(Bibliography bibliography) {
		this.bibliography = bibliography;
	}

	/** A page's body with its care cards and citations in place, and its sources and further reading. */
	record Filled(String html, List<Article.Source> sources, List<Article.Source> furtherReading) {
	}

	Filled fill(MarkdownRenderer.Rendered rendered, CareCards cards, Document document) {
		Map<String, Integer> numbers = new HashMap<>();
		List<Article.Source> cited = new ArrayList<>();
		String html = rendered.filled(cards::card, (citation) -> link(citation, numbers, cited));
		List<Article.Source> sources = document.oldSources().isEmpty() ? cited
				: document.oldSources().stream().map(Citations::source).toList();
		List<Article.Source> furtherReading = document.furtherReading()
			.stream()
			.filter((id) -> !numbers.containsKey(id))
			.map(this.bibliography.references()::get)
			.filter(java.util.Objects::nonNull)
			.map(Citations::source)
			.toList();
		return new Filled(html, List.copyOf(sources), furtherReading);
	}

	/** {@code [1, 2]}: a link to each work's entry, numbered as the page first cites it. */
	private String link(MarkdownRenderer.Citation citation, Map<String, Integer> numbers, List<Article.Source> cited) {
		StringBuilder links = new StringBuilder();
		for (String id : citation.ids()) {
			Reference work = this.bibliography.references().get(id);
			if (work == null) {
				continue;
			}
			Integer number = numbers.get(id);
			boolean first = number == null;
			if (first) {
				number = numbers.size() + 1;
				numbers.put(id, number);
				cited.add(source(work));
			}
			links.append(links.isEmpty() ? "<span aria-hidden=\"true\">[</span>" : "<span aria-hidden=\"true\">, </span>")
				.append("<a href=\"#source-")
				.append(number)
				.append(first ? "\" id=\"cite-" + number : "")
				.append("\"><span class=\"visually-hidden\">source </span>")
				.append(number)
				.append("</a>");
		}
		return links.isEmpty() ? "" : "<span class=\"cite\">" + links + "<span aria-hidden=\"true\">]</span></span>";
	}

	/** A work as a page lists it, each part formatted from the data once. */
	static Article.Source source(Reference work) {
		return new Article.Source(work.id(), work.type(), work.authorsText(), work.title(), work.where(), work.year(),
				work.link(), work.doi(), work.pmid());
	}

}
