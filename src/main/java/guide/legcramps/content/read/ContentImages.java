package guide.legcramps.content.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The images of one content set: those pages may show, by file name, and the names of files in
 * {@code images/} that failed their checks and have no earlier good version to fall back on.
 */
public record ContentImages(Map<String, ImageFile> byName, Set<String> failed) {

	/** The images by the address each is served at. */
	public Map<String, ImageFile> byAddress() {
		Map<String, ImageFile> byAddress = new LinkedHashMap<>();
		this.byName.values().forEach((image) -> byAddress.put(image.address(), image));
		return Map.copyOf(byAddress);
	}

}
