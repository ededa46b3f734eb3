package guide.legcramps.content.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import guide.legcramps.content.ContentProblem;
import guide.legcramps.content.link.RelatedArticles;
import guide.legcramps.content.render.MarkdownRenderer;
import guide.legcramps.topic.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/** A hub's lead, split from the rest at {@code <!--more-->}, and every mistake an editor can make with it. */
class HubLeadTest {

	private static final Path DIR = Path.of("src/test/resources/fixtures/hubs");

	private final ContentSnapshot snapshot = new ContentBuilder(new MarkdownRenderer(), new RelatedArticles(5, 0.5))
		.build(DIR, LocalDate.of(2026, 12, 1));

	private Topic topic(String slug) {
		return this.snapshot.topics().stream().filter((t) -> t.getSlug().equals(slug)).findFirst().orElseThrow();
	}

	@Test
	void everyMistakeIsReportedWithItsFileAndLine() {
		List<String> problems = this.snapshot.problems()
			.stream()
			.map(ContentProblem::toString)
			.map((p) -> p.substring(DIR.toString().length() + 1))
			.toList();
		assertThat(problems).containsExactly(
				"articles/in-routed.md:12:1: warning: <!--more--> only divides a topic's introduction; it is ignored here",
				"topics/joined-marker.md:6:1: error: <!--more--> must be a paragraph of its own: leave a blank line before and after it",
				"topics/long-lead.md:5:1: warning: a hub's lead (the text before <!--more-->) has 62 words: keep it to about 60, so a phone shows the first article without scrolling",
				"topics/long-without-marker.md:5:1: warning: a hub's introduction of 62 words needs a line <!--more--> after a lead of about 60 words: the rest then follows the list of articles, so a phone shows the first article without scrolling",
				"topics/rest-without-heading.md:7:1: error: the text after <!--more--> is shown after the list of articles: start it with a '##' heading of its own",
				"topics/two-markers.md:13:1: error: a hub has one <!--more--> (the first is on line 7)");
		assertThat(this.snapshot.topics()).extracting(Topic::getSlug)
			.containsExactly("long-lead", "long-without-marker", "routed");
	}

	@Test
	void theLeadAndTheRestAreStoredApartAndTheMarkerIsNeitherTextNorWords() {
		Topic routed = topic("routed");
		assertThat(routed.getHtml()).isEqualTo("<p>A short lead that says what the hub is about.</p>\n");
		assertThat(routed.getMoreHtml()).startsWith("<h2 id=\"more-about-the-hub\">More about the hub</h2>")
			.contains("The rest of the introduction")
			// a marker inside a code block is only code
			.contains("<pre><code>&lt;!--more--&gt;");
		assertThat(topic("long-without-marker").getMoreHtml()).isNull();
		assertThat(this.snapshot.articles().get(0).getHtml()).doesNotContain("more", "Legcramps")
			.startsWith("<p>An article has no lead.</p>");
	}

}
