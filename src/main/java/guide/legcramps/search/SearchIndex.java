package guide.legcramps.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import guide.legcramps.content.link.SearchTerms;
import guide.legcramps.content.load.ContentIndex;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.search.SearchablePage.ResultCard;

/**
 * The in-memory Lucene index of the site, kept in step with the content: on every load the pages
 * that are new or changed since the last load are indexed again (all of them on the first), those
 * gone are deleted, and a new point-in-time reader is opened; readers go on searching the old one
 * until the content switch makes the new one current, in the same moment as the new pages. Drafts
 * and scheduled articles are not in a snapshot's articles, so they are never indexed.
 */
@Component
public class SearchIndex implements ContentIndex, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	/** English order, ignoring case and accents. Not thread-safe: used under {@link #prepare}'s lock. */
	private static final Collator A_TO_Z;

	static {
		A_TO_Z = Collator.getInstance(Locale.ENGLISH);
		A_TO_Z.setStrength(Collator.PRIMARY);
	}

	/** A card with its title's collation key, made once: comparing titles with the collator each time was slow. */
	private record Sortable(CollationKey key, ResultCard card) {
	}

	private final boolean useSearchTerms;

	private final IndexWriter writer;

	/** What the writer holds for each page, by id: a page whose state is unchanged is not indexed again. */
	private Map<String, List<Object>> indexed = Map.of();

	/** The body text of each page the writer holds, by id: what snippets are cut from. */
	private final Map<String, String> texts = new ConcurrentHashMap<>();

	/** The set made by the last {@link #prepare}, current or not yet. */
	private IndexedContent latest;

	private volatile IndexedContent current;

	SearchIndex() {
		this(true);
	}

	private SearchIndex(boolean useSearchTerms) {
		this.useSearchTerms = useSearchTerms;
		IndexWriterConfig config = new IndexWriterConfig(PageDocuments.ANALYZER)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setRAMBufferSizeMB(128)
			.setUseCompoundFile(false)
			.setCommitOnClose(false);
		TieredMergePolicy merges = new TieredMergePolicy();
		merges.setNoCFSRatio(0);
		config.setMergePolicy(merges);
		try {
			// each file one buffer: searching clones and slices files all the time, and a file of
			// many small buffers made that a quarter of a search's time
			this.writer = new IndexWriter(new ByteBuffersDirectory(new SingleInstanceLockFactory(),
					ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER), config);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An index that ignores every {@code search_terms} list: what the text alone finds (for the relevance test). */
	static SearchIndex ignoringSearchTerms() {
		return new SearchIndex(false);
	}

	@Override
	public synchronized Runnable prepare(ContentSnapshot next) {
		long start = System.nanoTime();
		SearchTerms terms = this.useSearchTerms ? next.searchTerms() : SearchTerms.NONE;
		List<SearchablePage> pages = SearchablePage.all(next, terms);
		Map<String, List<Object>> states = new HashMap<>();
		pages.forEach((page) -> states.put(page.id(), page.state()));
		Map<String, List<Object>> before = this.indexed;
		List<SearchablePage> changed = pages.stream().filter((page) -> !page.state().equals(before.get(page.id()))).toList();
		Set<String> gone = new HashSet<>(before.keySet());
		gone.removeAll(states.keySet());
		IndexedContent prepared;
		try {
			// IndexWriter takes documents from many threads at once
			changed.parallelStream().forEach((page) -> update(page));
			for (String id : gone) {
				this.writer.deleteDocuments(new Term(PageDocuments.ID, id));
				this.texts.remove(id);
			}
			this.indexed = Map.copyOf(states);
			prepared = new IndexedContent(openReader(), Analysis.withSynonyms(Synonyms.map(synonyms(pages))),
					byId(pages), this.texts, articlesAToZ(pages), WarningSigns.of(next, terms));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.latest != null && this.latest != this.current) {
			this.latest.release(); // prepared for a load that never switched
		}
		this.latest = prepared;
		logger.info("Search index: {} pages, {} indexed anew, {} removed, in {} ms", pages.size(), changed.size(),
				gone.size(), (System.nanoTime() - start) / 1_000_000);
		return () -> makeCurrent(prepared);
	}

	private synchronized void makeCurrent(IndexedContent prepared) {
		IndexedContent previous = this.current;
		this.current = prepared;
		if (previous != null && previous != prepared) {
			previous.release();
		}
	}

	private void update(SearchablePage page) {
		PageText text = PageText.of(page.html());
		this.texts.put(page.id(), text.body());
		try {
			this.writer.updateDocument(new Term(PageDocuments.ID, page.id()), PageDocuments.of(page, text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new point-in-time reader of what the writer holds, or the last one again (with a reference of its own). */
	private DirectoryReader openReader() throws IOException {
		if (this.latest == null) {
			return DirectoryReader.open(this.writer);
		}
		DirectoryReader changed = DirectoryReader.openIfChanged(this.latest.reader(), this.writer);
		if (changed != null) {
			return changed;
		}
		this.latest.reader().incRef();
		return this.latest.reader();
	}

	private static List<Synonyms.Synonym> synonyms(List<SearchablePage> pages) {
		return pages.stream()
			.filter((page) -> page.kind() != SearchablePage.Kind.ARTICLE)
			.flatMap((page) -> page.names().stream().map((name) -> new Synonyms.Synonym(name, page.card().title())))
			.toList();
	}

	private static Map<String, SearchablePage> byId(List<SearchablePage> pages) {
		Map<String, SearchablePage> byId = new HashMap<>();
		pages.forEach((page) -> byId.put(page.id(), page));
		return byId;
	}

	private static List<ResultCard> articlesAToZ(List<SearchablePage> pages) {
		return pages.stream()
			.filter((page) -> page.kind() == SearchablePage.Kind.ARTICLE)
			.map((page) -> new Sortable(A_TO_Z.getCollationKey(page.card().title()), page.card()))
			.sorted(Comparator.comparing(Sortable::key).thenComparing((sortable) -> sortable.card().url()))
			.map(Sortable::card)
			.toList();
	}

	/**
	 * The content set readers search now, with a reference taken: give it back with
	 * {@link IndexedContent#release()} when the search is done.
	 */
	IndexedContent acquire() {
		while (true) {
			IndexedContent content = this.current;
			if (content == null) {
				throw new IllegalStateException("The content has not been loaded yet");
			}
			if (content.tryAcquire()) {
				return content;
			}
		}
	}

	@Override
	public synchronized void destroy() throws IOException {
		this.writer.close();
	}

}
