package guide.legcramps.content.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.read.DocumentReader;
import guide.legcramps.content.read.SourceFile;
import guide.legcramps.content.render.FileRenderer;
import guide.legcramps.content.render.RenderedContent;
import guide.legcramps.content.render.RenderedDocument;

/**
 * Reading and rendering every file of a load, on all cores, with what the builder remembers between
 * loads: what each file gave for the text it had, so on a reload only the files whose text changed
 * are parsed and rendered again (a file's result depends only on its text and on today's date, which
 * empties the memory when it changes); and the last good version of every file, which a file that
 * still exists but fails this time keeps serving.
 */
final class ParsedFiles {

	private final FileRenderer renderer;

	private Map<String, RenderedDocument<?>> lastGood = Map.of();

	private Map<String, CachedFile> parsed = Map.of();

	private LocalDate parsedOn;

	/** A file's result and a digest of the text it came from (the text itself is not kept). */
	private record CachedFile(ByteBuffer digest, FileRenderer.Result result) {
	}

	/** The documents that loaded, how many files were parsed anew, and the time summed over threads. */
	record Result(RenderedContent content, int parsedFiles, long parseNanos, long renderNanos) {
	}

	/** Whether the old front-matter {@code sources:} list is still read (see {@code OldSources}). */
	private final boolean oldSources;

	ParsedFiles(FileRenderer renderer, boolean oldSources) {
		this.renderer = renderer;
		this.oldSources = oldSources;
	}

	Result renderAll(List<SourceFile> files, LocalDate today, List<ContentProblem> problems) {
		// Each file is parsed and rendered on its own, so the work is spread over the cores; the
		// parser, renderer and cleaner are immutable and shared (MarkdownRendererTest proves it).
		DocumentReader reader = new DocumentReader(today, this.oldSources);
		LongAdder parseNanos = new LongAdder();
		LongAdder renderNanos = new LongAdder();
		LongAdder parsedFiles = new LongAdder();
		Map<String, CachedFile> cache = today.equals(this.parsedOn) ? this.parsed : Map.of();
		List<CachedFile> results = files.parallelStream().map((file) -> {
			ByteBuffer digest = digest(file.text());
			CachedFile cached = cache.get(file.path());
			if (cached != null && cached.digest().equals(digest)) {
				return cached;
			}
			parsedFiles.increment();
			return new CachedFile(digest, this.renderer.render(reader, file, parseNanos, renderNanos));
		}).toList();
		Map<String, CachedFile> nextCache = new HashMap<>();
		for (int i = 0; i < results.size(); i++) {
			nextCache.put(files.get(i).path(), results.get(i));
		}
		this.parsed = nextCache;
		this.parsedOn = today;
		Map<String, RenderedDocument<?>> loaded = new TreeMap<>();
		for (CachedFile file : results) {
			problems.addAll(file.result().problems());
			if (file.result().loaded() != null) {
				loaded.put(file.result().loaded().path(), file.result().loaded());
			}
		}
		keepLastGoodVersions(loaded, problems);
		return new Result(RenderedContent.of(loaded.values()), parsedFiles.intValue(), parseNanos.sum(),
				renderNanos.sum());
	}

	/** Remembers what passed every check, for the next load to fall back on. */
	void remember(RenderedContent good) {
		Map<String, RenderedDocument<?>> byPath = new HashMap<>();
		for (Map<String, ? extends RenderedDocument<?>> kind : good.kinds()) {
			kind.values().forEach((document) -> byPath.put(document.path(), document));
		}
		this.lastGood = byPath;
	}

	/**
	 * A file that still exists but failed this time keeps its last good version, so a broken edit
	 * never takes a page off the site; its errors are still reported.
	 */
	private void keepLastGoodVersions(Map<String, RenderedDocument<?>> loaded, List<ContentProblem> problems) {
		for (Map.Entry<String, RenderedDocument<?>> previous : this.lastGood.entrySet()) {
			String path = previous.getKey();
			if (!loaded.containsKey(path) && Files.isRegularFile(Path.of(path))) {
				loaded.put(path, previous.getValue());
				problems.add(new ContentProblem(path, 1, 1, Severity.WARNING,
						"the site keeps serving the last good version of this file until its errors are fixed"));
			}
		}
	}

	private static ByteBuffer digest(String text) {
		try {
			return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
