package guide.legcramps.tag;

import java.util.List;

import guide.legcramps.article.SourceLists;

/** A tag page: its definition, optional longer text and its sources, and the tags that occur with it most. */
record TagView(String title, String summary, String html, SourceLists sources, List<TagCount> relatedTags) {
}
