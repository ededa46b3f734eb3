package guide.legcramps.content.render;

import guide.legcramps.content.read.Document;

/** A document that loaded, with its rendered body. */
public record RenderedDocument<D extends Document>(D document, MarkdownRenderer.Rendered rendered) {

	public String path() {
		return this.document.origin().path();
	}

}
