package guide.legcramps.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote, by kind ({@code pages} counts the 404 page, {@code files} the sitemap,
 * robots.txt and static files), every address that failed, and how many errors the content had.
 */
record ExportResult(int pages, int feeds, int redirects, int files, List<String> failures, long contentErrors,
		long millis) {

	/** 0 when everything was exported from content without errors; 1 otherwise. */
	int status() {
		return (this.failures.isEmpty() && this.contentErrors == 0) ? 0 : 1;
	}

	String summary(Path dir) {
		return String.format("Exported %d pages, %d feeds, %d alias redirects and %d other files to %s in %d ms;"
				+ " %d failed addresses, %d content errors", this.pages, this.feeds, this.redirects, this.files, dir,
				this.millis, this.failures.size(), this.contentErrors);
	}

}
