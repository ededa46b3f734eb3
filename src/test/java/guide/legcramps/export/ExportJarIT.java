package guide.legcramps.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar's {@code export} command, run as someone publishing to a static host runs it. */
class ExportJarIT {

	@TempDir
	Path temp;

	private record Result(int status, List<String> lines) {

		String last() {
			return this.lines.get(this.lines.size() - 1);
		}

	}

	private static Result export(String... args) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar", "target/legcramps.jar", "export"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		// generous: the machine running the build may be busy with more than this
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output.lines().toList());
	}

	@Test
	void theShippedContentExportsCompletely() throws Exception {
		Path site = this.temp.resolve("site");
		Result result = export(site.toString(), "--site.content-dir=content", "--site.base-url=https://legcramps.example");
		assertThat(result.status()).as(String.join("\n", result.lines())).isZero();
		// the stylesheet and favicon under their own names and, as the pages link them, their fingerprinted
		// ones; the three drawings the articles show, at their fingerprinted names only; the OpenSearch description
		assertThat(result.last()).matches("Exported \\d+ pages, 3 feeds, 0 alias redirects and 10 other files to "
				+ java.util.regex.Pattern.quote(site.toString())
				+ " in \\d+ ms; 0 failed addresses, 0 content errors \\(start-up \\d+ ms\\)");
		// only what the export is about: no start-up chatter from Tomcat, Hibernate or Spring
		assertThat(String.join("\n", result.lines())).doesNotContain("Tomcat", "HHH", "Started LegCrampsApplication");
		assertThat(site.resolve("index.html")).content().contains("<title>Leg cramps explained");
		assertThat(site.resolve("articles/night-leg-cramps/index.html")).content()
			.contains("<link rel=\"canonical\" href=\"https://legcramps.example/articles/night-leg-cramps\">");
		assertThat(site.resolve("sitemap.xml")).content()
			.contains("<loc>https://legcramps.example/articles/night-leg-cramps</loc>");
		assertThat(site.resolve("topics/leg-cramps/feed.xml")).content().contains("<feed");
		assertThat(site.resolve("topics/leg-cramps/page/2/index.html")).isRegularFile();
		assertThat(site.resolve("404.html")).content().contains("Page not found");
		assertThat(site.resolve("css/site.css")).isRegularFile();
		assertThat(site.resolve("favicon.ico")).isRegularFile();
		String linked = java.nio.file.Files.readString(site.resolve("index.html"))
			.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"/(css/site-[0-9a-f]{32}\\.css)\">.*", "$1");
		assertThat(site.resolve(linked)).hasSameBinaryContentAs(site.resolve("css/site.css"));
		String figure = java.nio.file.Files.readString(site.resolve("articles/how-to-stop-a-leg-cramp/index.html"))
			.replaceAll("(?s).*<figure><img src=\"/(images/pull-toes-towards-you-[0-9a-f]{32}\\.svg)\".*", "$1");
		assertThat(site.resolve(figure)).hasSameBinaryContentAs(java.nio.file.Path.of("content/images/pull-toes-towards-you.svg"));
		assertThat(site.resolve("robots.txt")).content().contains("Sitemap: https://legcramps.example/sitemap.xml");
		assertThat(site.resolve(ExportFolder.MARKER)).isRegularFile();
	}

	@Test
	void contentWithErrorsExitsOneAndStillExportsWhatLoaded() throws Exception {
		Path site = this.temp.resolve("site");
		Result result = export(site.toString(), "--site.content-dir=src/test/resources/fixtures/problems");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.lines()).anyMatch((line) -> line.contains("bad-date.md:7:1: error:"));
		assertThat(result.last()).contains(" 45 content errors");
		assertThat(site.resolve("articles/good/index.html")).isRegularFile();
		assertThat(site.resolve("articles/bad-date")).doesNotExist();
	}

	@Test
	void aSettingThatCannotBeReadExitsTwo() throws Exception {
		Result result = export(this.temp.resolve("site").toString(), "--site.page-size=0");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.last()).isEqualTo("export: a setting could not be read (see above); nothing was exported");
	}

}
