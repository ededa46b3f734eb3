package guide.legcramps.content.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.Problems;

/**
 * Reads every file under the content folder in sorted order: the markdown documents in the five
 * folders, the site-wide data files beside them ({@code care.yaml}, {@code references.yaml}) and
 * the images in {@code images/} ({@link ImageReader}). Files it cannot use (wrong folder, not
 * markdown, too large, not UTF-8, NUL bytes, a link leading outside the folder or to a folder, a
 * name that is not a slug, an image that fails its checks) are reported by name and skipped;
 * nothing is skipped silently.
 */
public final class ContentReader {

	static final long MAX_FILE_BYTES = 1024 * 1024;

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	/**
	 * The data files the site reads from the top of the content folder, beside the five folders:
	 * the care rules and the bibliography.
	 */
	public static final Set<String> DATA_FILES = Set.of("care.yaml", BibliographyReader.NAME);

	/**
	 * The markdown documents, the data files by name, the images that passed their checks, the names
	 * of those in {@code images/} that did not, and the problems of every file.
	 */
	public record Result(List<SourceFile> files, Map<String, DataFile> data, List<ImageFile> images,
			Set<String> failedImages, List<ContentProblem> problems) {
	}

	/** One path's reading: a document, a data file, an image (or the name of one that failed) or none, and its problems. */
	private record One(SourceFile file, DataFile data, ImageFile image, String failedImage,
			List<ContentProblem> problems) {
	}

	public Result read(Path contentDir) {
		List<SourceFile> files = new ArrayList<>();
		Map<String, DataFile> data = new TreeMap<>();
		List<ImageFile> images = new ArrayList<>();
		Set<String> failedImages = new TreeSet<>();
		List<ContentProblem> problems = new ArrayList<>();
		if (!Files.isDirectory(contentDir)) {
			Problems p = new Problems(contentDir.toString());
			p.error(1, 1, "content folder not found");
			return new Result(files, data, images, failedImages, p.list());
		}
		// Walk the real folder, so a content folder that is itself a link (a release's "current") is
		// read through; links met inside it are judged one by one and never walked into.
		Path root = realPath(contentDir);
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.filter((path) -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + contentDir, ex);
		}
		// Files are read on every core (the order is kept), as reading and decoding a few thousand
		// small files one by one was a second of a large load.
		List<One> each = paths.parallelStream().map((path) -> {
			Path relative = root.relativize(path);
			Problems p = new Problems(contentDir.resolve(relative).toString());
			if (relative.getNameCount() == 1 && DATA_FILES.contains(relative.toString())) {
				return new One(null, readData(root, relative, p), null, null, p.list());
			}
			if (relative.getNameCount() == 2 && relative.getName(0).toString().equals(ImageFile.FOLDER)) {
				ImageFile image = readImage(root, relative, p);
				return new One(null, null, image, (image == null) ? relative.getFileName().toString() : null,
						p.list());
			}
			return new One(readOne(root, relative, p), null, null, null, p.list());
		}).toList();
		for (One one : each) {
			if (one.file() != null) {
				files.add(one.file());
			}
			if (one.data() != null) {
				data.put(one.data().name(), one.data());
			}
			if (one.image() != null) {
				images.add(one.image());
			}
			if (one.failedImage() != null) {
				failedImages.add(one.failedImage());
			}
			problems.addAll(one.problems());
		}
		return new Result(files, data, images, failedImages, problems);
	}

	private SourceFile readOne(Path root, Path relative, Problems p) {
		Path target = usableTarget(root, relative, p);
		if (target == null) {
			return null;
		}
		String fileName = relative.getFileName().toString();
		ContentKind kind = (relative.getNameCount() == 2) ? ContentKind.ofFolder(relative.getName(0).toString()) : null;
		if (kind == null) {
			p.warning(1, 1, "not in a content folder (topics/, articles/, tags/, authors/, pages/ or images/); skipped");
			return null;
		}
		if (!fileName.endsWith(".md")) {
			p.warning(1, 1, "not a markdown file (.md); skipped");
			return null;
		}
		String slug = fileName.substring(0, fileName.length() - 3);
		if (!SLUG.matcher(slug).matches()) {
			p.error(1, 1, "file name '" + fileName
					+ "' is not a valid slug: use lowercase letters, digits and single hyphens; skipped");
			return null;
		}
		String text = readText(target, p);
		return (text != null) ? new SourceFile(p.path(), kind, slug, text) : null;
	}

	private static DataFile readData(Path root, Path relative, Problems p) {
		Path target = usableTarget(root, relative, p);
		String text = (target != null) ? readText(target, p) : null;
		return (text != null) ? new DataFile(p.path(), relative.toString(), text) : null;
	}

	private static ImageFile readImage(Path root, Path relative, Problems p) {
		Path target = usableTarget(root, relative, p);
		return (target != null) ? ImageReader.read(target, relative.getFileName().toString(), p) : null;
	}

	/**
	 * The file to read for a path: itself, or a link's target inside the content folder; null for a
	 * link that is not. What is checked is what is read: the link's final target, never the link
	 * again. The walk never enters a linked folder, so a file that is not a link is already its own
	 * real path.
	 */
	private static Path usableTarget(Path root, Path relative, Problems p) {
		Path path = root.resolve(relative);
		Path target = Files.isSymbolicLink(path) ? realPath(path) : path;
		return (Files.isSymbolicLink(path) && !isUsableLink(path, target, root, p)) ? null : target;
	}

	/** A link is read only when it leads to a file inside the content folder. */
	private static boolean isUsableLink(Path path, Path target, Path root, Problems p) {
		if (!Files.exists(path)) {
			p.error(1, 1, "is a link to nothing; skipped");
			return false;
		}
		if (Files.isDirectory(target)) {
			p.error(1, 1, "is a link to a folder; links to folders are not followed; skipped");
			return false;
		}
		if (!target.startsWith(root)) {
			p.error(1, 1, "is a link to a file outside the content folder; skipped");
			return false;
		}
		return true;
	}

	/** The file's text, BOM stripped and line endings made LF; or null when it is too large, unreadable or not text. */
	private static String readText(Path target, Problems p) {
		byte[] bytes;
		try {
			if (Files.size(target) > MAX_FILE_BYTES) {
				p.error(1, 1, "file is larger than 1 MiB; skipped");
				return null;
			}
			bytes = Files.readAllBytes(target);
		}
		catch (IOException ex) {
			p.error(1, 1, "cannot be read (" + ex.getClass().getSimpleName() + "); skipped");
			return null;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			p.error(1, 1, "is not valid UTF-8 text; skipped");
			return null;
		}
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			p.error(lineOf(text, nul), 1, "contains a NUL byte; skipped");
			return null;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static int lineOf(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			return path.toAbsolutePath().normalize();
		}
	}

}
