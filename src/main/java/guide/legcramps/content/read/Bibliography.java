package guide.legcramps.content.read;

import java.util.Map;
import java.util.Set;

/**
 * The works the site cites, read from {@code references.yaml}: each once, by the id pages cite it
 * by ({@code [@id]}). A site without the file has none ({@link #NONE}).
 *
 * @param path the file's path as problems name it, or null when there is no file
 * @param references the works by id, in the file's order
 * @param failed the ids of entries left out because they have errors
 */
public record Bibliography(String path, Map<String, Reference> references, Set<String> failed) {

	public static final Bibliography NONE = new Bibliography(null, Map.of(), Set.of());

	/** Whether the site has a {@code references.yaml} at all. */
	public boolean exists() {
		return this.path != null;
	}

}
