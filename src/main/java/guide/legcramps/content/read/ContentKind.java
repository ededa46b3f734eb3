package guide.legcramps.content.read;

/** The folders of the content directory, each holding one kind of document. */
public enum ContentKind {

	TOPIC("topics"), ARTICLE("articles"), TAG("tags"), AUTHOR("authors"), PAGE("pages");

	private final String folder;

	ContentKind(String folder) {
		this.folder = folder;
	}

	public String folder() {
		return this.folder;
	}

	static ContentKind ofFolder(String name) {
		for (ContentKind kind : values()) {
			if (kind.folder.equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
