package guide.legcramps.article;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.Length;

/**
 * An article as the pages need it: rendered once at load, with the names of its topic, author,
 * tags and related articles copied in. The store is rebuilt from the files on every load, so the
 * copies cannot drift, and a page needs no joins. A {@code linked} flag is false where the target
 * failed to load: the page then shows its name as plain text.
 */
@Entity
public class Article {

	@Id
	private String slug;

	private String title;

	@Column(length = 400)
	private String summary;

	private String topicSlug;

	private String topicTitle;

	private boolean topicLinked;

	private String authorSlug;

	private String authorName;

	private boolean authorLinked;

	private LocalDate published;

	private LocalDate reviewed;

	private LocalDate nextReview;

	@Column(length = Length.LONG32)
	private String html;

	private int wordCount;

	private int readingMinutes;

	@ElementCollection
	@CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_slug"))
	@OrderColumn(name = "position")
	private List<TagRef> tags;

	/** Only the article page shows these, whole and in order: one column each, not a table. */
	@Convert(converter = JsonColumns.Sources.class)
	@Column(length = Length.LONG32)
	private List<Source> sources;

	@Convert(converter = JsonColumns.Sources.class)
	@Column(length = Length.LONG32)
	private List<Source> furtherReading;

	@Convert(converter = JsonColumns.Sections.class)
	@Column(length = Length.LONG32)
	private List<Section> sections;

	@Convert(converter = JsonColumns.RelatedList.class)
	@Column(length = Length.LONG32)
	private List<Related> related;

	protected Article() {
	}

	public Article(String slug, String title, String summary, TopicRef topic, AuthorRef author, LocalDate published,
			LocalDate reviewed, LocalDate nextReview, String html, int wordCount, int readingMinutes,
			List<TagRef> tags, List<Source> sources, List<Source> furtherReading, List<Section> sections,
			List<Related> related) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.topicSlug = topic.slug();
		this.topicTitle = topic.title();
		this.topicLinked = topic.linked();
		this.authorSlug = author.slug();
		this.authorName = author.name();
		this.authorLinked = author.linked();
		this.published = published;
		this.reviewed = reviewed;
		this.nextReview = nextReview;
		this.html = html;
		this.wordCount = wordCount;
		this.readingMinutes = readingMinutes;
		this.tags = List.copyOf(tags);
		this.sources = List.copyOf(sources);
		this.furtherReading = List.copyOf(furtherReading);
		this.sections = List.copyOf(sections);
		this.related = List.copyOf(related);
	}

	/** Everything stored about this entity, to tell on a reload whether it changed. */
	public List<Object> state() {
		return Arrays.asList(this.slug, this.title, this.summary, this.topicSlug, this.topicTitle, this.topicLinked,
				this.authorSlug, this.authorName, this.authorLinked, this.published, this.reviewed, this.nextReview,
				this.html, this.wordCount, this.readingMinutes, this.tags, this.sources, this.furtherReading,
				this.sections, this.related);
	}

	/** What a list of articles (a topic, tag or author page) shows of this one, and where it lists it. */
	public List<Object> cardState() {
		return Arrays.asList(this.slug, this.title, this.summary, this.authorSlug, this.authorName, this.authorLinked,
				this.published, this.topicSlug, this.topicLinked, this.tags);
	}

	/** What a feed entry shows of this article: its card, the review date and the whole text. */
	public List<Object> feedState() {
		return Arrays.asList(cardState(), this.reviewed, this.html);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public TopicRef getTopic() {
		return new TopicRef(this.topicSlug, this.topicTitle, this.topicLinked);
	}

	public AuthorRef getAuthor() {
		return new AuthorRef(this.authorSlug, this.authorName, this.authorLinked);
	}

	public LocalDate getPublished() {
		return this.published;
	}

	public LocalDate getReviewed() {
		return this.reviewed;
	}

	public LocalDate getNextReview() {
		return this.nextReview;
	}

	public String getHtml() {
		return this.html;
	}

	public int getWordCount() {
		return this.wordCount;
	}

	public int getReadingMinutes() {
		return this.readingMinutes;
	}

	public List<TagRef> getTags() {
		return this.tags;
	}

	public List<Source> getSources() {
		return this.sources;
	}

	public List<Source> getFurtherReading() {
		return this.furtherReading;
	}

	public List<Section> getSections() {
		return this.sections;
	}

	public List<Related> getRelated() {
		return this.related;
	}

	/** The article's topic; {@code linked} is false when the topic file failed to load. */
	public record TopicRef(String slug, String title, boolean linked) {
	}

	/** The article's author; {@code linked} is false when the author file failed to load. */
	public record AuthorRef(String slug, String name, boolean linked) {
	}

	/** A tag of the article; {@code linked} is false when the tag file failed to load. */
	@Embeddable
	public record TagRef(String slug, String title, boolean linked) {
	}

	/**
	 * A work as a page lists it, among the sources its text cites (in the order of first citation)
	 * or under further reading, each part formatted once from the bibliography. {@code id} is null
	 * for an entry of an old front-matter list; {@code type} (CSL's), {@code authors}, {@code where}
	 * (journal, site or publisher), {@code year}, {@code link} (from the strongest identifier),
	 * {@code doi} and {@code pmid} may be null.
	 */
	public record Source(String id, String type, String authors, String title, String where, Integer year,
			String link, String doi, String pmid) {
	}

	/** A {@code ##} section: anchor id and heading text, for the table of contents. */
	public record Section(String anchor, String heading) {
	}

	/** A related article and the reason shown beside it. */
	public record Related(String slug, String title, String reason) {
	}

}
