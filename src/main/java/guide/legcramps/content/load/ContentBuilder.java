package guide.legcramps.content.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.check.CrossFileChecks;
import guide.legcramps.content.link.ContentLinker;
import guide.legcramps.content.link.Publication;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.read.Bibliography;
import guide.legcramps.content.read.BibliographyReader;
import guide.legcramps.content.read.CareRules;
import guide.legcramps.content.read.CareRulesReader;
import guide.legcramps.content.read.ContentImages;
import guide.legcramps.content.read.ContentKind;
import guide.legcramps.content.read.ContentReader;
import guide.legcramps.content.read.OldSources;
import guide.legcramps.content.render.FileRenderer;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.content.render.RenderedContent;

/**
 * Builds a {@link ContentSnapshot} from a content folder, stage by stage: read the files, the care
 * rules ({@code care.yaml}), the bibliography ({@code references.yaml}) and the images; read each
 * one's front matter and render its body ({@code read}, {@code render}); check citations,
 * references, aliases, links, images and care cards across files ({@code check}); link related
 * articles, tag counts, topics, the care cards, the citations and the images' addresses
 * ({@code link}). A file with an error is left out and reported; the rest loads. No web, no
 * database.
 * <p>
 * A builder remembers the last good version of every file it loaded, so on a reload a file whose
 * new version has an error keeps serving its last good version (and the error is reported).
 * Builds must not run concurrently.
 */
public final class ContentBuilder {

	private final ParsedFiles files;

	private final ContentLinker linker;

	private final LastGoodDataFile<CareRules> careRules;

	private final LastGoodDataFile<Bibliography> references = new LastGoodDataFile<>(BibliographyReader.NAME,
			BibliographyReader::read, Bibliography.NONE);

	private final ImageFiles imageFiles = new ImageFiles();

	public ContentBuilder(MarkdownRenderer renderer, RelatedArticles relatedArticles) {
		this(renderer, relatedArticles, OldSources.READ);
	}

	/** @param oldSources whether the old ways of giving sources are still read ({@link OldSources}) */
	ContentBuilder(MarkdownRenderer renderer, RelatedArticles relatedArticles, boolean oldSources) {
		this.files = new ParsedFiles(new FileRenderer(renderer), oldSources);
		this.linker = new ContentLinker(relatedArticles);
		this.careRules = new LastGoodDataFile<>("care.yaml",
				(file, today, problems) -> CareRulesReader.read(file, today, problems, oldSources), CareRules.NONE);
	}

	public ContentSnapshot build(Path contentDir, LocalDate today) {
		List<ContentProblem> problems = new ArrayList<>();
		long start = System.nanoTime();
		ContentReader.Result read = new ContentReader().read(contentDir);
		problems.addAll(read.problems());
		CareRules care = this.careRules.read(contentDir, read.data().get(this.careRules.name()), today, problems);
		Bibliography bibliography = this.references.read(contentDir, read.data().get(this.references.name()), today,
				problems);
		ContentImages images = this.imageFiles.resolve(read, problems);
		long afterRead = System.nanoTime();

		ParsedFiles.Result parsed = this.files.renderAll(read.files(), today, problems);
		RenderedContent content = parsed.content();
		long afterRender = System.nanoTime();

		Set<String> parsedArticles = Set.copyOf(content.articles().keySet());
		CrossFileChecks.Checked checked = CrossFileChecks.check(content, care, bibliography, images, present(read),
				parsedArticles, today, problems);
		Map<String, String> aliases = checked.aliases();
		long afterValidate = System.nanoTime();

		Publication publication = Publication.on(today, content.articles());
		aliases.values().removeIf((target) -> !publication.isLive(target.substring("/articles/".length())));
		ContentLinker.Linked linked = this.linker.link(content, checked.care(), bibliography, images, publication,
				parsedArticles, problems);
		long afterLink = System.nanoTime();

		this.files.remember(content);
		problems.sort(ContentProblem.ORDER);
		return new ContentSnapshot(linked.topics(), linked.articles(), linked.tags(), linked.authors(),
				linked.pages(), Map.copyOf(aliases), images.byAddress(), linked.previews(), linked.searchTerms(),
				publication.drafts(), publication.scheduled(),
				publication.nextPublication(), List.copyOf(problems),
				new ContentSnapshot.StageTimes(read.files().size(), parsed.parsedFiles(), millis(start, afterRead),
						millis(afterRead, afterRender), parsed.parseNanos() / 1_000_000,
						parsed.renderNanos() / 1_000_000, millis(afterRender, afterValidate),
						millis(afterValidate, afterLink)));
	}

	/** The slugs of every file read, by kind, whether or not it loaded. */
	private static Map<ContentKind, Set<String>> present(ContentReader.Result read) {
		Map<ContentKind, Set<String>> present = new HashMap<>();
		read.files().forEach((file) -> present.computeIfAbsent(file.kind(), (k) -> new TreeSet<>()).add(file.slug()));
		return present;
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
