package guide.legcramps.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import guide.legcramps.LegCrampsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage the export refuses before it starts anything: each exits 2 with a line that says why. */
class ExportCommandTest {

	@TempDir
	Path temp;

	private record Run(int status, String output) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ExportCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), LegCrampsApplication.class);
		return new Run(status, bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void withoutAFolderItSaysWhichArgumentsItTakes() {
		Run run = run("--site.content-dir=content");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.output()).contains(ExportCommand.USAGE);
	}

	@Test
	void aFolderThatHoldsSomethingElseIsLeftAlone() throws Exception {
		Path notes = Files.writeString(this.temp.resolve("notes.txt"), "mine");
		Run run = run(this.temp.toString(), "--site.content-dir=content");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.output()).startsWith("export: " + this.temp + " is not empty and holds no earlier export");
		assertThat(notes).hasContent("mine");
		assertThat(this.temp.resolve(ExportFolder.MARKER)).doesNotExist();
	}

	@Test
	void twoFoldersAnOptionWithoutValueOrAFixedSettingAreUsageErrors() {
		Path dir = this.temp.resolve("site");
		assertThat(run(dir.toString(), "other").output()).startsWith("export: one folder only");
		assertThat(run(dir.toString(), "--site.strict").output()).startsWith("export: '--site.strict' is not");
		assertThat(run(dir.toString(), "-o").output()).startsWith("export: '-o' is not");
		assertThat(run(dir.toString(), "--server.port=8080").output())
			.startsWith("export: server.port is set by the export itself");
		assertThat(run(dir.toString(), "--site.watch=true").status()).isEqualTo(2);
		assertThat(dir).doesNotExist();
	}

}
