package guide.legcramps.seo;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Atom feeds. The topic feed lives under its topic's path, where readers look for it, but is
 * answered here with the site feed: both are the same feed over a different list.
 */
@Controller
class FeedController {

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final AtomFeeds feeds;

	FeedController(AtomFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/feed.xml")
	ResponseEntity<byte[]> site() {
		return ResponseEntity.ok().contentType(ATOM).body(this.feeds.site());
	}

	@GetMapping("/topics/{slug}/feed.xml")
	ResponseEntity<byte[]> topic(@PathVariable String slug) {
		return ResponseEntity.ok().contentType(ATOM).body(this.feeds.topic(slug));
	}

}
