package guide.legcramps.tag;

import java.util.List;

/** A tag page: its definition, optional longer text, and the tags that occur with it most. */
record TagView(String title, String summary, String html, List<TagCount> relatedTags) {
}
