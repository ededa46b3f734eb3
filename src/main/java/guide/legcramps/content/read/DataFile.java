package guide.legcramps.content.read;

/**
 * A site-wide data file from the top of the content folder, decoded like a document.
 *
 * @param path the path shown in problems
 * @param name the file's name, such as {@code care.yaml}
 * @param text the whole file, LF line endings
 */
public record DataFile(String path, String name, String text) {
}
