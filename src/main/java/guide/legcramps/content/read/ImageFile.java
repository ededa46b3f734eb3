package guide.legcramps.content.read;

import org.springframework.util.DigestUtils;

/**
 * An image from {@code content/images/} that passed its checks, with the address it is served at:
 * its name with the MD5 of its bytes ({@code /images/calf-stretch-<md5>.svg}), as Spring's content
 * version strategy names the stylesheet, so the address changes whenever the image does and a
 * browser may keep it for a year.
 *
 * @param path the path shown in problems
 * @param name the file name as pages write it ({@code calf-stretch.svg}); its extension gives the type it
 * is served as
 * @param bytes the file exactly as read; never changed
 * @param fingerprint the MD5 of {@code bytes}, in hex
 */
public record ImageFile(String path, String name, byte[] bytes, String fingerprint) {

	/** The folder of the content directory that holds images, and the path they are served under. */
	public static final String FOLDER = "images";

	static ImageFile of(String path, String name, byte[] bytes) {
		return new ImageFile(path, name, bytes, DigestUtils.md5DigestAsHex(bytes));
	}

	/** The address pages write for {@code /images/<name>}. */
	public String address() {
		int dot = this.name.lastIndexOf('.');
		return "/" + FOLDER + "/" + this.name.substring(0, dot) + "-" + this.fingerprint + this.name.substring(dot);
	}

}
