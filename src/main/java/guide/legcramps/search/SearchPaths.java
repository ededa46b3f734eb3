package guide.legcramps.search;

/** Where search answers, for what must know it from outside: the static export. */
public final class SearchPaths {

	/** The results page, which the header's search form sends its words to. */
	public static final String RESULTS = "/search";

	/**
	 * Every article A to Z with its summary: what a static copy, which cannot search, shows at
	 * {@link #RESULTS} instead, so its search box never leads to a dead end.
	 */
	public static final String A_TO_Z = "/search/a-z";

	private SearchPaths() {
	}

}
