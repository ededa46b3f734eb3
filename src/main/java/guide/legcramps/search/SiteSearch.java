package guide.legcramps.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import org.springframework.stereotype.Component;

import guide.legcramps.search.SearchablePage.ResultCard;
import guide.legcramps.search.WarningSigns.Guidance;
import guide.legcramps.site.NotFoundException;

/**
 * Runs a reader's query against the current content set, start to finish on one set: the ranked
 * results of the asked-for page with their snippets, the warning-sign guidance when the words (or
 * their correction) match it, and a spelling correction. The correction's results are shown only
 * when the words as typed find nothing, and the page then says so; otherwise it is only offered.
 */
@Component
class SiteSearch {

	static final int PER_PAGE = 10;

	/**
	 * Matches are counted, and can be paged through, up to here: past the first hundred no reader
	 * looks, and Lucene scores every match in full until it has counted this many, before it can
	 * skip the pages that cannot reach the top; counting every match of a common word would cost
	 * every search as much as the whole index.
	 */
	static final int MAX_RESULTS = 100;

	static final int MAX_PAGES = MAX_RESULTS / PER_PAGE;

	private final SearchIndex index;

	SiteSearch(SearchIndex index) {
		this.index = index;
	}

	/** One result: what it shows, and its snippet as escaped HTML with {@code <mark>}s (or null). */
	record Hit(ResultCard card, String snippet) {
	}

	/**
	 * @param total the matches counted, at most {@value #MAX_RESULTS}
	 * @param more whether there are more matches than {@code total}
	 * @param suggestion the query with its misspellings corrected, or null
	 * @param showingSuggestion whether {@code hits} are the suggestion's, the query having found nothing
	 * @param guidance the urgent-help guidance to show first, or null
	 */
	record Results(SearchQuery query, List<Hit> hits, long total, boolean more, int page, String suggestion,
			boolean showingSuggestion, Guidance guidance) {

		int pages() {
			return (int) Math.max(1, (this.total + PER_PAGE - 1) / PER_PAGE);
		}

	}

	/** @param page 1-based; a page past the last gets the site's 404 page */
	Results search(SearchQuery query, int page) {
		if (page > MAX_PAGES) {
			throw new NotFoundException("No such page of results");
		}
		IndexedContent content = this.index.acquire();
		try {
			RankedQuery ranked = RankedQuery.of(query.text(), content.queryAnalyzer());
			TopDocs found = run(content, ranked, page);
			String suggestion = Spelling.correct(query.text(), content.searcher());
			boolean showingSuggestion = false;
			if (found.scoreDocs.length == 0 && suggestion != null) {
				RankedQuery corrected = RankedQuery.of(suggestion, content.queryAnalyzer());
				TopDocs alternative = run(content, corrected, page);
				if (alternative.totalHits.value() > 0) {
					ranked = corrected;
					found = alternative;
					showingSuggestion = true;
				}
			}
			int from = (page - 1) * PER_PAGE;
			if (page > 1 && from >= found.scoreDocs.length) {
				throw new NotFoundException("No such page of results");
			}
			Guidance guidance = content.warningSigns().match(query.text());
			if (guidance == null && suggestion != null) {
				guidance = content.warningSigns().match(suggestion);
			}
			boolean more = found.totalHits.relation() != TotalHits.Relation.EQUAL_TO
					|| found.totalHits.value() > MAX_RESULTS;
			return new Results(query, hits(content, ranked, found, from), Math.min(found.totalHits.value(), MAX_RESULTS),
					more, page, suggestion, showingSuggestion, guidance);
		}
		catch (IOException ex) {
			// the index is in memory
			throw new UncheckedIOException(ex);
		}
		finally {
			content.release();
		}
	}

	/** Every public article, A to Z by title. */
	List<ResultCard> articlesAToZ() {
		IndexedContent content = this.index.acquire();
		try {
			return content.articlesAToZ();
		}
		finally {
			content.release();
		}
	}

	/**
	 * The first {@code page} pages of hits, each score multiplied by the weight of its page's kind.
	 * The weights only lower scores, and only those of the few pages of lighter kinds, so the top N
	 * after weighting are among the top N + that few before it: collecting that many and sorting
	 * again is exact, and leaves the query a plain disjunction Lucene can skip through.
	 */
	private static TopDocs run(IndexedContent content, RankedQuery query, int page) throws IOException {
		if (query == null) {
			return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
		}
		int wanted = page * PER_PAGE;
		TopDocs found = content.searcher()
			.search(query.query(), new TopScoreDocCollectorManager(wanted + content.lighterPages(), MAX_RESULTS));
		for (ScoreDoc hit : found.scoreDocs) {
			hit.score *= content.weight(hit.doc);
		}
		ScoreDoc[] ranked = Arrays.stream(found.scoreDocs)
			.sorted(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt((hit) -> hit.doc))
			.limit(wanted)
			.toArray(ScoreDoc[]::new);
		return new TopDocs(found.totalHits, ranked);
	}

	private static List<Hit> hits(IndexedContent content, RankedQuery query, TopDocs found, int from)
			throws IOException {
		if (from >= found.scoreDocs.length) {
			return List.of();
		}
		ScoreDoc[] shown = Arrays.copyOfRange(found.scoreDocs, from, found.scoreDocs.length);
		String[] snippets = content.highlighter()
			.highlight(PageDocuments.BODY, query.snippets(), new TopDocs(found.totalHits, shown),
					SnippetFormatter.CANDIDATES);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < shown.length; i++) {
			hits.add(new Hit(content.card(shown[i].doc), tidy(snippets[i])));
		}
		return hits;
	}

	/** The sentences' separators become spaces. */
	private static String tidy(String snippet) {
		return (snippet == null) ? null : snippet.replace(PageText.SENTENCE_END, ' ').strip();
	}

}
