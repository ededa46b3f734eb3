package guide.legcramps.content.load;

/**
 * Something built from each content set beside the store, such as the search index, that must
 * switch together with it: a reader never searches one version and reads another. The loader
 * calls every bean that implements this on every load, in two steps. {@link #prepare} does the
 * slow work while readers still see the old set; the action it returns runs under the switch's
 * write lock, in the same moment the store's new rows become visible, and should only swap a
 * reference. Lives here, below its implementations, so the pipeline imports none of them.
 */
public interface ContentIndex {

	/**
	 * Builds what {@code next} needs without making it visible; a failure leaves the old set in
	 * place everywhere.
	 * @return what makes the prepared state current; run under the write lock
	 */
	Runnable prepare(ContentSnapshot next);

}
