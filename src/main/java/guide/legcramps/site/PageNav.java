package guide.legcramps.site;

import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * Previous/next links of a list paginated by path: page 1 is the list's own URL, later pages are
 * {@code <list>/page/N}, so the same site can be exported as static files.
 */
public record PageNav(int number, int totalPages, String prevUrl, String nextUrl, String label) {

	public static PageNav of(Page<?> page, String listPath) {
		return of(page.getNumber() + 1, Math.max(1, page.getTotalPages()), (n) -> url(listPath, n));
	}

	/** Page {@code number} of {@code total}, each page's address made by {@code url}. */
	public static PageNav of(int number, int total, IntFunction<String> url) {
		return new PageNav(number, total, (number > 1) ? url.apply(number - 1) : null,
				(number < total) ? url.apply(number + 1) : null, "Page " + number + " of " + total);
	}

	public static String url(String listPath, int number) {
		return (number == 1) ? listPath : listPath + "/page/" + number;
	}

	public boolean isPaginated() {
		return this.totalPages > 1;
	}

	/**
	 * The 1-based page number in a {@code /page/{n}} path. Anything but a plain positive number
	 * ({@code 0}, {@code -1}, {@code abc}, {@code 1e9}, {@code 007}) is not a page: 404.
	 */
	public static int parse(String raw) {
		if (raw == null || !raw.matches("[1-9][0-9]{0,5}")) {
			throw new NotFoundException("No such page number");
		}
		return Integer.parseInt(raw);
	}

}
