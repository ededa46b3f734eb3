package guide.legcramps.content.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import guide.legcramps.content.Problems;

/**
 * Reads one file of {@code content/images/}: an SVG, PNG or JPEG of at most 512 KB whose bytes are
 * what its name says (an SVG passes {@link SvgCheck}). Anything else is reported and skipped, and
 * so never served.
 */
final class ImageReader {

	static final long MAX_IMAGE_BYTES = 512 * 1024;

	static final Set<String> EXTENSIONS = Set.of("svg", "png", "jpg", "jpeg");

	private static final Pattern NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.(svg|png|jpe?g)");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private ImageReader() {
	}

	/** The image, or null when it cannot be used (the problems say why). */
	static ImageFile read(Path target, String fileName, Problems p) {
		Matcher name = NAME.matcher(fileName);
		if (!name.matches()) {
			int dot = fileName.lastIndexOf('.');
			String extension = (dot >= 0) ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
			p.error(1, 1, EXTENSIONS.contains(extension) ? "file name '" + fileName + "' is not a valid image name: use "
					+ "lowercase letters, digits and single hyphens, then .svg, .png, .jpg or .jpeg; skipped"
					: "not an SVG, PNG or JPEG image (.svg, .png, .jpg or .jpeg); skipped");
			return null;
		}
		byte[] bytes;
		try {
			long size = Files.size(target);
			if (size > MAX_IMAGE_BYTES) {
				p.error(1, 1, "image is larger than 512 KB (it has " + ((size + 1023) / 1024) + " KB); skipped");
				return null;
			}
			bytes = Files.readAllBytes(target);
		}
		catch (IOException ex) {
			p.error(1, 1, "cannot be read (" + ex.getClass().getSimpleName() + "); skipped");
			return null;
		}
		String extension = name.group(2);
		switch (extension) {
			case "svg" -> SvgCheck.check(bytes, p);
			case "png" -> {
				if (!startsWith(bytes, PNG_SIGNATURE)) {
					p.error(1, 1, "is not a PNG image: it does not begin with the PNG signature; skipped");
				}
			}
			default -> {
				if (!startsWith(bytes, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
					p.error(1, 1, "is not a JPEG image: it does not begin with a JPEG marker; skipped");
				}
			}
		}
		return p.hasErrors() ? null : ImageFile.of(p.path(), fileName, bytes);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
