package guide.legcramps.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The folder an export writes to, and the only place an export writes or deletes anything. The
 * export marks the folder with a {@value #MARKER} file; a folder that holds anything else and no
 * marker is refused, so a mistyped path cannot wipe someone's files. A marked folder is emptied
 * (all but the marker) before the export writes it again.
 * <p>
 * Each URL path becomes one file below the folder, as static hosts look them up: {@code /} is
 * {@code index.html}, {@code /articles/x} is {@code articles/x/index.html}, and a path whose last
 * segment has an extension ({@code /feed.xml}, {@code /css/site.css}) is that file. A path with an
 * empty, {@code .} or {@code ..} segment, a backslash or a NUL is refused, so no address can lead
 * out of the folder, and no file is written through a symbolic link.
 */
final class ExportFolder {

	static final String MARKER = ".legcramps-export";

	/** The error page static hosts (Netlify, GitHub Pages, Cloudflare Pages) and nginx's own setups use. */
	static final String NOT_FOUND_PAGE = "404.html";

	private static final String MARKER_TEXT = "This folder holds a static export of the Leg Cramps Guide"
			+ " (java -jar legcramps.jar export).\nThe next export into it deletes everything here and writes it again.\n";

	private final Path root;

	private ExportFolder(Path root) {
		this.root = root;
	}

	/**
	 * The folder at {@code dir}, created if missing, after checking that an export may write there.
	 * Nothing is deleted yet: see {@link #clear()}.
	 * @throws Refused when {@code dir} is not a folder, or holds files and no export marker
	 */
	static ExportFolder open(Path dir) throws IOException, Refused {
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new Refused(dir + " exists and is not a folder");
		}
		Files.createDirectories(dir);
		// a link given as the folder itself is followed once, here: whoever typed it chose its target
		Path root = dir.toRealPath();
		boolean empty;
		try (Stream<Path> entries = Files.list(root)) {
			empty = entries.findAny().isEmpty();
		}
		if (!empty && !Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
			throw new Refused(dir + " is not empty and holds no earlier export (no " + MARKER
					+ " file): choose an empty or new folder");
		}
		return new ExportFolder(root);
	}

	Path root() {
		return this.root;
	}

	/**
	 * Deletes everything in the folder but the marker, then writes the marker, so an export that
	 * stops half-way leaves a folder the next export may still replace. Links inside the folder are
	 * deleted, never followed.
	 */
	void clear() throws IOException {
		Path marker = this.root.resolve(MARKER);
		Files.walkFileTree(this.root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (!file.equals(marker)) {
					Files.delete(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
				if (failure != null) {
					throw failure;
				}
				if (!directory.equals(ExportFolder.this.root)) {
					Files.delete(directory);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
	}

	/** Writes the body served at a URL path to its file; every path is written once. */
	Path write(String urlPath, byte[] body) throws IOException {
		return writeFile(file(urlPath), body);
	}

	/** Writes the site's 404 page where static hosts look for it. */
	Path writeNotFoundPage(byte[] body) throws IOException {
		return writeFile(this.root.resolve(NOT_FOUND_PAGE), body);
	}

	/**
	 * The file a URL path (decoded, without query or fragment) is written to.
	 * @throws IllegalArgumentException for a path that is not a plain absolute path
	 */
	Path file(String urlPath) {
		if (!urlPath.startsWith("/")) {
			throw new IllegalArgumentException("not an absolute path: " + urlPath);
		}
		String[] segments = urlPath.substring(1).split("/", -1);
		Path file = this.root;
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			boolean last = i == segments.length - 1;
			if (last && segment.isEmpty()) {
				// "/" or a trailing slash: the folder's index page
				return inside(file.resolve("index.html"), urlPath);
			}
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
					|| segment.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("not a path an export can write: " + urlPath);
			}
			file = file.resolve(segment);
			if (last) {
				return inside(segment.contains(".") ? file : file.resolve("index.html"), urlPath);
			}
		}
		throw new IllegalStateException("unreachable: split always returns a segment");
	}

	private Path inside(Path file, String urlPath) {
		if (!file.normalize().startsWith(this.root) || file.equals(this.root.resolve(MARKER))) {
			throw new IllegalArgumentException("not a path an export can write: " + urlPath);
		}
		return file;
	}

	private Path writeFile(Path file, byte[] body) throws IOException {
		createFolders(file.getParent());
		// CREATE_NEW: two addresses that map to one file are an error, not a silent overwrite
		Files.write(file, body, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
		return file;
	}

	/**
	 * Creates the folders down to {@code folder} one at a time, refusing any that exists as a link:
	 * the folder was emptied, so only someone else could have put one there, and it could lead out.
	 */
	private void createFolders(Path folder) throws IOException {
		Path current = this.root;
		for (Path name : this.root.relativize(folder)) {
			current = current.resolve(name);
			try {
				Files.createDirectory(current);
			}
			catch (FileAlreadyExistsException ex) {
				// created by another address of the same folder, or something that is not ours
				if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
					throw new IOException(current + " is a link or a file, not a folder of the export", ex);
				}
			}
		}
	}

	/** The folder may not be written: it is not a folder, or holds something that is not an export. */
	static final class Refused extends Exception {

		Refused(String message) {
			super(message);
		}

	}

}
