package guide.legcramps.content.read;

/**
 * The switch between the two ways of giving sources (issue 17). The old way lists a page's works in
 * its own front matter ({@code sources:} with {@code title}, {@code publisher}, {@code url}...) and
 * a care rule's sources the same way in {@code care.yaml}. The new way lists every work once in
 * {@code references.yaml}, cites it in the text ({@code [@id]}) and names it by id in
 * {@code care.yaml}. While {@link #READ} is true both are read, and the old one is a warning as
 * soon as {@code references.yaml} exists; once no file uses the old way, set it to false and the
 * old lists become errors. After that this class, the readers' old branches and
 * {@code OldSourcesTest} can go.
 */
public final class OldSources {

	/** Whether the old front-matter {@code sources:} lists, and care sources by title, are still read. */
	public static final boolean READ = false;

	/** Said wherever the old way is met once it is no longer read, or beside {@code references.yaml}. */
	public static final String NEW_WAY = "cite each work where a claim rests on it, like [@id] (the works are listed"
			+ " once, in references.yaml), and list works offered but not cited under 'further_reading'";

	private OldSources() {
	}

}
