package guide.legcramps.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Where an export may write, what it deletes, and which file each address becomes. */
class ExportFolderTest {

	@TempDir
	Path temp;

	@Test
	void aMissingFolderIsCreatedWithItsParents() throws Exception {
		Path dir = this.temp.resolve("a/b/site");
		ExportFolder folder = ExportFolder.open(dir);
		assertThat(dir).isEmptyDirectory();
		folder.clear();
		assertThat(dir.resolve(ExportFolder.MARKER)).isRegularFile();
	}

	@Test
	void aFolderWithFilesAndNoMarkerIsRefusedAndLeftAlone() throws Exception {
		Files.writeString(this.temp.resolve("thesis.txt"), "years of work");
		assertThatExceptionOfType(ExportFolder.Refused.class).isThrownBy(() -> ExportFolder.open(this.temp))
			.withMessageContaining("is not empty")
			.withMessageContaining(ExportFolder.MARKER);
		assertThat(this.temp.resolve("thesis.txt")).hasContent("years of work");
	}

	@Test
	void aFileIsRefused() throws Exception {
		Path file = Files.writeString(this.temp.resolve("site"), "x");
		assertThatExceptionOfType(ExportFolder.Refused.class).isThrownBy(() -> ExportFolder.open(file))
			.withMessageContaining("is not a folder");
	}

	@Test
	void anEarlierExportIsReplacedWithoutFollowingLinksOut() throws Exception {
		Path outside = Files.createDirectory(this.temp.resolve("outside"));
		Files.writeString(outside.resolve("keep.txt"), "keep");
		Path dir = Files.createDirectory(this.temp.resolve("site"));
		ExportFolder.open(dir).clear();
		Files.createDirectories(dir.resolve("articles/x"));
		Files.writeString(dir.resolve("articles/x/index.html"), "old");
		Files.writeString(dir.resolve("articles/" + ExportFolder.MARKER), "not the top-level marker");
		Files.createSymbolicLink(dir.resolve("linked"), outside);
		Files.createSymbolicLink(dir.resolve("articles/linked.txt"), outside.resolve("keep.txt"));

		ExportFolder folder = ExportFolder.open(dir);
		folder.clear();

		try (var entries = Files.list(dir)) {
			assertThat(entries).containsExactly(dir.resolve(ExportFolder.MARKER));
		}
		assertThat(outside.resolve("keep.txt")).hasContent("keep");
	}

	@ParameterizedTest
	@CsvSource({ "/, index.html", "/articles/x, articles/x/index.html", "/topics/x/page/2, topics/x/page/2/index.html",
			"/old/path/, old/path/index.html", "/feed.xml, feed.xml", "/topics/x/feed.xml, topics/x/feed.xml",
			"/css/site-0a1b.css, css/site-0a1b.css", "/img/a b.png, img/a b.png" })
	void eachAddressHasItsFile(String path, String file) throws Exception {
		ExportFolder folder = ExportFolder.open(this.temp);
		assertThat(folder.file(path)).isEqualTo(this.temp.toRealPath().resolve(file));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "articles/x", "/..", "/../x", "/a/../../x", "/a/./b", "//x", "/a//b", "/a\\..\\b",
			"/a\0b", "/" + ExportFolder.MARKER })
	void noAddressLeadsOutOfTheFolderOrOverTheMarker(String path) throws Exception {
		ExportFolder folder = ExportFolder.open(this.temp);
		assertThatIllegalArgumentException().isThrownBy(() -> folder.file(path));
	}

	@Test
	void eachFileIsWrittenOnce() throws Exception {
		ExportFolder folder = ExportFolder.open(this.temp);
		folder.clear();
		folder.write("/articles/x", new byte[] { 1 });
		assertThatExceptionOfType(FileAlreadyExistsException.class)
			.isThrownBy(() -> folder.write("/articles/x/", new byte[] { 2 }));
		assertThat(this.temp.resolve("articles/x/index.html")).hasBinaryContent(new byte[] { 1 });
	}

	@Test
	void noFileIsWrittenThroughALink() throws Exception {
		Path outside = Files.createDirectory(this.temp.resolve("outside"));
		Path dir = Files.createDirectory(this.temp.resolve("site"));
		ExportFolder folder = ExportFolder.open(dir);
		folder.clear();
		// put there by someone else after the folder was emptied
		Files.createSymbolicLink(dir.resolve("articles"), outside);
		Files.createSymbolicLink(dir.resolve("feed.xml"), outside.resolve("feed.xml"));

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> folder.write("/articles/x", new byte[] { 1 }))
			.withMessageContaining("is a link or a file");
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> folder.write("/feed.xml", new byte[] { 1 }));
		try (var entries = Files.list(outside)) {
			assertThat(entries).isEmpty();
		}
	}

}
