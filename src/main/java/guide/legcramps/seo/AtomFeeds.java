package guide.legcramps.seo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

import guide.legcramps.article.ArticleQueries;
import guide.legcramps.article.FullArticle;
import guide.legcramps.site.NotFoundException;
import guide.legcramps.site.PageMeta.FeedLink;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.SiteProperties;
import guide.legcramps.topic.TopicQueries;
import guide.legcramps.topic.TopicSummary;

/**
 * Atom 1.0 (RFC 4287) feeds of the most recently published or reviewed articles, each entry with
 * its summary and its whole rendered text, written by ROME. Every address in a feed is absolute and
 * comes from {@code site.base-url}: a feed is read away from the site, where a link relative to it
 * would lead nowhere.
 */
@Component
class AtomFeeds {

	/** Entries per feed: enough for a reader who checks monthly, small enough to fetch often. */
	static final int SIZE = 20;

	private final ArticleQueries articles;

	private final TopicQueries topics;

	private final SiteLinks links;

	private final ZoneId zone;

	AtomFeeds(ArticleQueries articles, TopicQueries topics, SiteLinks links, SiteProperties site) {
		this.articles = articles;
		this.topics = topics;
		this.links = links;
		this.zone = site.timeZone();
	}

	byte[] site() {
		return write(this.links.siteFeed(), this.links.home(),
				"Plain-English, sourced and regularly reviewed articles about leg cramps, newest first.",
				this.articles.recentlyReviewed(SIZE));
	}

	byte[] topic(String slug) {
		TopicSummary topic = this.topics.summary(slug).orElseThrow(() -> new NotFoundException("No topic " + slug));
		return write(this.links.topicFeed(slug, topic.title()), this.links.absolute(topic.url()), topic.summary(),
				this.articles.recentlyReviewedInTopic(slug, SIZE));
	}

	private byte[] write(FeedLink self, String page, String subtitle, List<FullArticle> articles) {
		Feed feed = new Feed("atom_1.0");
		feed.setEncoding("UTF-8");
		// the feed's own address never changes, so it serves as its permanent id
		feed.setId(self.url());
		feed.setTitle(self.title());
		feed.setSubtitle(content("text", subtitle));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", self.url())));
		// newest first, so the first entry was updated last; a feed with no entry has never changed
		feed.setUpdated(articles.isEmpty() ? Date.from(Instant.EPOCH) : date(articles.get(0).reviewed()));
		feed.setEntries(articles.stream().map(this::entry).toList());
		try {
			return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the feed " + self.url(), ex);
		}
	}

	private Entry entry(FullArticle article) {
		String url = this.links.absolute(article.url());
		Entry entry = new Entry();
		entry.setId(url);
		entry.setTitle(article.title());
		entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
		entry.setPublished(date(article.published()));
		entry.setUpdated(date(article.reviewed()));
		Person author = new Person();
		author.setName(article.authorName());
		if (article.authorUrl() != null) {
			author.setUri(this.links.absolute(article.authorUrl()));
		}
		entry.setAuthors(List.of(author));
		entry.setSummary(content("text", article.summary()));
		entry.setContents(List.of(content("html", absoluteLinks(article.html(), url))));
		return entry;
	}

	/** The stored HTML links within the site by path ({@code /articles/x}, {@code #section}). */
	private static String absoluteLinks(String html, String pageUrl) {
		org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html, pageUrl);
		body.outputSettings().prettyPrint(false);
		for (Element link : body.select("a[href]")) {
			link.attr("href", link.absUrl("href"));
		}
		for (Element image : body.select("img[src]")) {
			image.attr("src", image.absUrl("src"));
		}
		return body.body().html();
	}

	/** A content date is a day; Atom needs an instant: the start of that day where the site is. */
	private Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(this.zone).toInstant());
	}

	private static Content content(String type, String value) {
		Content content = new Content();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

}
