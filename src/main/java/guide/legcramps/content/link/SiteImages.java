package guide.legcramps.content.link;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import guide.legcramps.content.read.ContentImages;
import guide.legcramps.content.read.ImageFile;
import guide.legcramps.content.render.MarkdownRenderer;

/**
 * Gives every image of this site a page shows the address it is served at, which carries the MD5
 * of its bytes: so a page that shows an image changes when the image does, and the store and the
 * page cache drop it like any other edit. An image that failed its checks (the checks warned) is
 * left out, with its figure.
 */
final class SiteImages {

	private final ContentImages images;

	SiteImages(ContentImages images) {
		this.images = images;
	}

	/** The body's HTML ({@code html}, cards already in place) with each image at its address. */
	String fill(MarkdownRenderer.Rendered rendered, String html) {
		String filled = html;
		boolean leaveOut = false;
		for (MarkdownRenderer.ImageUse use : rendered.images()) {
			ImageFile image = this.images.byName().get(use.name());
			if (image != null) {
				filled = filled.replace("src=\"" + use.src() + "\"", "src=\"" + image.address() + "\"");
			}
			else {
				leaveOut = true;
			}
		}
		return leaveOut ? withoutFailed(rendered, filled) : filled;
	}

	private String withoutFailed(MarkdownRenderer.Rendered rendered, String html) {
		org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html);
		body.outputSettings().prettyPrint(false);
		for (MarkdownRenderer.ImageUse use : rendered.images()) {
			if (!this.images.byName().containsKey(use.name())) {
				for (Element image : body.select("img").stream().filter((i) -> i.attr("src").equals(use.src())).toList()) {
					Element parent = image.parent();
					((parent != null && parent.nameIs("figure")) ? parent : image).remove();
				}
			}
		}
		return body.body().html();
	}

}
