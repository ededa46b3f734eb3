package guide.legcramps.content.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.load.ContentBuilder;
import guide.legcramps.content.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader never leaves the content folder: not through a linked file, a linked folder, a chain
 * of links or a relative link climbing out; and a file name or a reference that could form a path
 * is not a slug.
 * Each test builds its folders and links in a fresh temporary directory; "outside" holds a secret
 * that must never be read.
 */
class ContentReaderTest {

	static final String SECRET = "---\ntitle: secret\n---\nthe secret text\n";

	@TempDir
	Path temp;

	Path content;

	Path outside;

	@BeforeEach
	void folders() throws IOException {
		this.content = Files.createDirectories(this.temp.resolve("content"));
		Files.createDirectories(this.content.resolve("articles"));
		Files.writeString(this.content.resolve("articles/good.md"), "---\ntitle: good\n---\nbody\n");
		this.outside = Files.createDirectories(this.temp.resolve("outside"));
		Files.writeString(this.outside.resolve("secret.md"), SECRET);
		Files.createDirectories(this.outside.resolve("articles"));
		Files.writeString(this.outside.resolve("articles/secret.md"), SECRET);
	}

	private ContentReader.Result read() {
		return new ContentReader().read(this.content);
	}

	private List<String> problems(ContentReader.Result result) {
		return result.problems().stream().map((p) -> p.toString().substring(this.content.toString().length() + 1)).toList();
	}

	private void assertSecretNeverRead(ContentReader.Result result) {
		assertThat(result.files()).extracting(SourceFile::text).noneMatch((text) -> text.contains("secret"));
		assertThat(result.files()).extracting(SourceFile::slug).containsExactly("good");
	}

	@Test
	void aLinkedFilePointingOutsideIsRefused() throws IOException {
		Files.createSymbolicLink(this.content.resolve("articles/evil.md"), this.outside.resolve("secret.md"));
		ContentReader.Result result = read();
		assertThat(problems(result))
			.containsExactly("articles/evil.md:1:1: error: is a link to a file outside the content folder; skipped");
		assertSecretNeverRead(result);
	}

	@Test
	void aRelativeLinkClimbingOutIsRefused() throws IOException {
		Files.createSymbolicLink(this.content.resolve("articles/up.md"), Path.of("../../outside/secret.md"));
		ContentReader.Result result = read();
		assertThat(problems(result))
			.containsExactly("articles/up.md:1:1: error: is a link to a file outside the content folder; skipped");
		assertSecretNeverRead(result);
	}

	@Test
	void aChainOfLinksThatEndsOutsideIsRefused() throws IOException {
		Files.createSymbolicLink(this.content.resolve("hop"), this.outside.resolve("secret.md"));
		Files.createSymbolicLink(this.content.resolve("articles/chain.md"), this.content.resolve("hop"));
		ContentReader.Result result = read();
		assertThat(problems(result)).contains(
				"articles/chain.md:1:1: error: is a link to a file outside the content folder; skipped");
		assertSecretNeverRead(result);
	}

	@Test
	void aLinkedFolderPointingOutsideIsRefused() throws IOException {
		Files.delete(this.content.resolve("articles/good.md"));
		Files.delete(this.content.resolve("articles"));
		Files.createSymbolicLink(this.content.resolve("articles"), this.outside.resolve("articles"));
		ContentReader.Result result = read();
		assertThat(problems(result))
			.containsExactly("articles:1:1: error: is a link to a folder; links to folders are not followed; skipped");
		assertThat(result.files()).isEmpty();
	}

	@Test
	void aLinkedFolderInsideAContentFolderIsRefused() throws IOException {
		Files.createSymbolicLink(this.content.resolve("articles/more"), this.outside.resolve("articles"));
		ContentReader.Result result = read();
		assertThat(problems(result)).containsExactly(
				"articles/more:1:1: error: is a link to a folder; links to folders are not followed; skipped");
		assertSecretNeverRead(result);
	}

	@Test
	void aLinkedFolderToSystemFilesIsNotWalked() throws IOException {
		Files.createSymbolicLink(this.content.resolve("articles/etc"), Path.of("/etc"));
		ContentReader.Result result = read();
		assertThat(problems(result)).containsExactly(
				"articles/etc:1:1: error: is a link to a folder; links to folders are not followed; skipped");
		assertThat(result.files()).extracting(SourceFile::slug).containsExactly("good");
	}

	@Test
	void aLinkThatStaysInsideTheFolderIsRead() throws IOException {
		Files.createDirectories(this.content.resolve("drafts"));
		Files.writeString(this.content.resolve("drafts/kept.md"), "---\ntitle: kept\n---\nkept body\n");
		Files.createSymbolicLink(this.content.resolve("articles/kept.md"), Path.of("../drafts/kept.md"));
		ContentReader.Result result = read();
		assertThat(result.files()).extracting(SourceFile::slug).containsExactly("good", "kept");
		assertThat(problems(result)).containsExactly(
				"drafts/kept.md:1:1: warning: not in a content folder (topics/, articles/, tags/, authors/, pages/ or images/); skipped");
	}

	@Test
	void aContentFolderThatIsItselfALinkIsReadThroughIt() throws IOException {
		Path link = Files.createSymbolicLink(this.temp.resolve("current"), this.content);
		ContentReader.Result result = new ContentReader().read(link);
		assertThat(result.problems()).isEmpty();
		assertThat(result.files()).extracting(SourceFile::path).containsExactly(link.resolve("articles/good.md").toString());
	}

	@Test
	void aDanglingLinkIsReportedNotFollowed() throws IOException {
		Files.createSymbolicLink(this.content.resolve("articles/gone.md"), this.outside.resolve("gone.md"));
		ContentReader.Result result = read();
		assertThat(problems(result)).containsExactly("articles/gone.md:1:1: error: is a link to nothing; skipped");
		assertSecretNeverRead(result);
	}

	@ParameterizedTest
	@ValueSource(strings = { "..md", "...md", ".hidden.md", "a.b.md", "a..b.md", "%2e%2e.md", "a%2fb.md", "a\\b.md",
			"a b.md", "-a.md", "a-.md", "a--b.md", "A.md", "caf\u00e9.md", "a\u2215b.md" })
	void aNameThatCouldFormAPathIsNotASlug(String name) throws IOException {
		Files.writeString(this.content.resolve("articles").resolve(name), "---\ntitle: x\n---\nbody\n");
		ContentReader.Result result = read();
		assertThat(problems(result)).singleElement()
			.asString()
			.startsWith("articles/" + name + ":1:1: error: file name '" + name + "' is not a valid slug");
		assertThat(result.files()).extracting(SourceFile::slug).containsExactly("good");
	}

	@Test
	void referencesThatCouldFormAPathAreNotSlugsEither() throws IOException {
		Files.writeString(this.content.resolve("articles/refs.md"), """
				---
				title: References shaped like paths
				summary: Every reference in this file is shaped like a path and must be refused as a slug.
				topic: ../topics/hub
				tags: [alpha, ../../etc]
				author: /etc/passwd
				published: 2026-01-01
				reviewed: 2026-01-01
				related: [a/b]
				---
				Body [@nhs-leg-cramps].
				""");
		List<String> problems = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5))
			.build(this.content, LocalDate.of(2026, 6, 1))
			.problems()
			.stream()
			.map((p) -> p.toString().substring(this.content.toString().length() + 1))
			.filter((p) -> p.startsWith("articles/refs.md"))
			.toList();
		assertThat(problems).containsExactly(
				"articles/refs.md:4:1: error: 'topic' value '../topics/hub' is not a valid slug (lowercase letters, digits and hyphens)",
				"articles/refs.md:5:1: error: 'tags' entry '../../etc' is not a valid slug (lowercase letters, digits and hyphens)",
				"articles/refs.md:6:1: error: 'author' value '/etc/passwd' is not a valid slug (lowercase letters, digits and hyphens)",
				"articles/refs.md:9:1: error: 'related' entry 'a/b' is not a valid slug (lowercase letters, digits and hyphens)");
	}

}
