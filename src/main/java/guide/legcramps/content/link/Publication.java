package guide.legcramps.content.link;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import guide.legcramps.content.read.Document;
import guide.legcramps.content.render.RenderedDocument;

/**
 * Which of the articles that passed every check readers see today: drafts never, an article with a
 * later {@code published} date from the start of that day, which {@code nextPublication} names.
 */
public record Publication(Map<String, RenderedDocument<Document.Article>> live, int drafts, int scheduled,
		LocalDate nextPublication) {

	public static Publication on(LocalDate today, Map<String, RenderedDocument<Document.Article>> articles) {
		Map<String, RenderedDocument<Document.Article>> live = new TreeMap<>();
		LocalDate nextPublication = null;
		int drafts = 0;
		for (RenderedDocument<Document.Article> article : articles.values()) {
			Document.Article a = article.document();
			if (a.isPublicOn(today)) {
				live.put(a.slug(), article);
			}
			else if (a.draft()) {
				drafts++;
			}
			else if (nextPublication == null || a.published().isBefore(nextPublication)) {
				nextPublication = a.published();
			}
		}
		return new Publication(live, drafts, articles.size() - live.size() - drafts, nextPublication);
	}

	public boolean isLive(String slug) {
		return this.live.containsKey(slug);
	}

}
