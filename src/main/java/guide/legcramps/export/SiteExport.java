package guide.legcramps.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import guide.legcramps.article.ArticleQueries;
import guide.legcramps.author.Author;
import guide.legcramps.author.AuthorRepository;
import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.content.load.ContentSnapshot;
import guide.legcramps.search.SearchPaths;
import guide.legcramps.seo.PublicPages;
import guide.legcramps.site.PageNav;
import guide.legcramps.site.SiteLinks;
import guide.legcramps.site.SiteProperties;
import guide.legcramps.tag.Tag;
import guide.legcramps.tag.TagRepository;
import guide.legcramps.topic.TopicQueries;
import guide.legcramps.topic.TopicSummary;

/**
 * Writes the public site, as the running server answers it, into an export folder: every page the
 * sitemap lists, every topic, tag and author page (those without articles too: the server answers
 * them), each later page of their lists, the feeds, the sitemap, robots.txt and every static file;
 * then whatever those pages link to that is not written yet. An article's old addresses become
 * {@link AliasPage redirect pages}, the site's 404 page goes to {@code 404.html}, and the search
 * page, which needs the server, is the A to Z list of every article ({@link SearchPaths#A_TO_Z}).
 */
@Component
class SiteExport {

	/** An address no content may take ({@code /_content} is reserved), so the server answers 404. */
	static final String MISSING = "/_content/export-not-found";

	private final PublicPages publicPages;

	private final TopicQueries topics;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final ArticleQueries articles;

	private final ContentLoader loader;

	private final SiteLinks links;

	private final SiteProperties site;

	private final WebProperties.Resources staticResources;

	private final ResourcePatternResolver resources;

	SiteExport(PublicPages publicPages, TopicQueries topics, TagRepository tags, AuthorRepository authors,
			ArticleQueries articles, ContentLoader loader, SiteLinks links, SiteProperties site, WebProperties web,
			ResourcePatternResolver resources) {
		this.publicPages = publicPages;
		this.topics = topics;
		this.tags = tags;
		this.authors = authors;
		this.articles = articles;
		this.loader = loader;
		this.links = links;
		this.site = site;
		this.staticResources = web.getResources();
		this.resources = resources;
	}

	/**
	 * Empties the folder (it must have been {@link ExportFolder#open opened}), then exports into it.
	 * @param server where this application answers, such as {@code http://127.0.0.1:8080}
	 */
	ExportResult export(URI server, ExportFolder folder) throws IOException, InterruptedException {
		long start = System.nanoTime();
		folder.clear();
		ContentSnapshot content = this.loader.current();
		Crawler crawler = new Crawler(server, this.site.baseUrl(), folder,
				Math.max(2, Runtime.getRuntime().availableProcessors()));
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, String> alias : content.aliases().entrySet()) {
			folder.write(alias.getKey(), AliasPage.html(this.links.absolute(alias.getValue())));
		}
		// a static host answers the header's search form (/search?q=...) with /search/index.html
		HttpResponse<byte[]> aToZ = crawler.get(SearchPaths.A_TO_Z);
		boolean searchWritten = aToZ.statusCode() == 200;
		if (searchWritten) {
			folder.write(SearchPaths.RESULTS, aToZ.body());
		}
		else {
			failures.add(SearchPaths.A_TO_Z + ": answered " + aToZ.statusCode() + ", not 200");
		}
		Set<String> written = new HashSet<>(content.aliases().keySet());
		written.add(SearchPaths.RESULTS);
		Crawler.Result crawled = crawler.crawl(addresses(), written);
		failures.addAll(crawled.failures());
		HttpResponse<byte[]> notFound = crawler.get(MISSING);
		if (notFound.statusCode() == 404) {
			folder.writeNotFoundPage(notFound.body());
		}
		else {
			failures.add(MISSING + ": answered " + notFound.statusCode() + " instead of the 404 page");
		}
		return new ExportResult(crawled.pages() + ((notFound.statusCode() == 404) ? 1 : 0) + (searchWritten ? 1 : 0),
				crawled.feeds(),
				content.aliases().size(), crawled.files(), failures, content.errorCount(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** Every address to export before any link is followed, each once, pages first. */
	List<String> addresses() throws IOException {
		Set<String> paths = new LinkedHashSet<>(this.publicPages.paths());
		List<TopicSummary> allTopics = this.topics.all();
		int size = this.site.pageSize();
		for (TopicSummary topic : allTopics) {
			paths.add(topic.url());
			laterPages(topic.url(), this.articles.byTopic(slug(topic.url()), 1, size), paths);
		}
		for (Tag tag : this.tags.findAll(Sort.by("slug"))) {
			String path = "/tags/" + tag.getSlug();
			paths.add(path);
			laterPages(path, this.articles.byTag(tag.getSlug(), 1, size), paths);
		}
		for (Author author : this.authors.findAll(Sort.by("slug"))) {
			String path = "/authors/" + author.getSlug();
			paths.add(path);
			laterPages(path, this.articles.byAuthor(author.getSlug(), 1, size), paths);
		}
		paths.add("/feed.xml");
		allTopics.forEach((topic) -> paths.add(topic.url() + "/feed.xml"));
		paths.add("/sitemap.xml");
		paths.add("/robots.txt");
		paths.addAll(staticFiles());
		return List.copyOf(paths);
	}

	private static String slug(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** Pages 2 onwards of a list, at the addresses its previous/next links use. */
	private static void laterPages(String listPath, Page<?> first, Set<String> paths) {
		for (int number = 2; number <= first.getTotalPages(); number++) {
			paths.add(PageNav.url(listPath, number));
		}
	}

	/**
	 * Every file under the static locations ({@code spring.web.resources.static-locations}), at the
	 * path the server answers it on. The server looks a {@code classpath:} location up in every
	 * folder of that name on the class path, so all of them are listed ({@code classpath*:}).
	 */
	private Set<String> staticFiles() throws IOException {
		Set<String> files = new TreeSet<>();
		if (!this.staticResources.isAddMappings()) {
			return files;
		}
		for (String location : this.staticResources.getStaticLocations()) {
			String everyRoot = location.startsWith("classpath:") ? "classpath*:" + location.substring("classpath:".length())
					: location;
			List<String> roots = new ArrayList<>();
			for (Resource root : this.resources.getResources(everyRoot)) {
				if (root.exists()) {
					roots.add(root.getURL().toString());
				}
			}
			for (Resource resource : this.resources.getResources(everyRoot + "**")) {
				String url = resource.getURL().toString();
				if (!url.endsWith("/") && resource.isReadable()) {
					roots.stream()
						.filter(url::startsWith)
						.findFirst()
						.ifPresent((root) -> files.add(URI.create("/" + url.substring(root.length())).getPath()));
				}
			}
		}
		return files;
	}

}
