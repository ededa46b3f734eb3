package guide.legcramps.content.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.ContentProblem.Severity;
import guide.legcramps.content.read.ContentImages;
import guide.legcramps.content.read.ContentReader;
import guide.legcramps.content.read.ImageFile;

/**
 * The images from one load to the next: an image whose new version fails its checks while the file
 * is still there keeps its last good version, as a broken article does, so a half-saved drawing
 * never takes a figure off a page. The failed version itself is never served.
 */
final class ImageFiles {

	private Map<String, ImageFile> lastGood = Map.of();

	ContentImages resolve(ContentReader.Result read, List<ContentProblem> problems) {
		Map<String, ImageFile> byName = new TreeMap<>();
		read.images().forEach((image) -> byName.put(image.name(), image));
		Set<String> failed = new TreeSet<>();
		for (String name : read.failedImages()) {
			ImageFile previous = this.lastGood.get(name);
			if (previous != null && Files.isRegularFile(Path.of(previous.path()))) {
				byName.put(name, previous);
				problems.add(new ContentProblem(previous.path(), 1, 1, Severity.WARNING,
						"the site keeps serving the last good version of this file until its errors are fixed"));
			}
			else {
				failed.add(name);
			}
		}
		this.lastGood = new HashMap<>(byName);
		return new ContentImages(Map.copyOf(byName), Set.copyOf(failed));
	}

}
