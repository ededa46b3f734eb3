package guide.legcramps.content.read;

/**
 * A content file as read from disk: decoded, BOM stripped, line endings normalised to LF.
 *
 * @param path the path shown in problems (the content folder joined with the file's relative path)
 * @param kind the folder it was found in
 * @param slug the file name without {@code .md}
 * @param text the whole file
 */
public record SourceFile(String path, ContentKind kind, String slug, String text) {
}
