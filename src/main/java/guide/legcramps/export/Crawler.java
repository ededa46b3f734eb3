package guide.legcramps.export;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Fetches addresses from the running site and writes each body, exactly as sent, to the export
 * folder; then follows every link to this site found in the HTML it wrote, wave after wave, until
 * no link leads anywhere new. So whatever a page links to is exported even when no list names it
 * (a stylesheet whose URL carries a content hash, say), and a link that leads nowhere is reported
 * with the page that holds it.
 * <p>
 * A link to this site is path-absolute ({@code /css/site.css}) or starts with {@code site.base-url};
 * a link with a query is left alone: a static host would answer it with the same file anyway.
 * Requests send no {@code Accept-Encoding}, so every body is the one the server sends uncompressed,
 * and follow no redirect: only a 200 is a page.
 */
final class Crawler {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final List<String> LINK_ATTRIBUTES = List.of("href", "src");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI server;

	private final String baseUrl;

	private final ExportFolder folder;

	private final int parallelism;

	/**
	 * @param server where the running site answers ({@code http://127.0.0.1:8080})
	 * @param baseUrl the site's {@code site.base-url}, which absolute links to the site start with
	 * @param parallelism how many requests are in flight at once
	 */
	Crawler(URI server, String baseUrl, ExportFolder folder, int parallelism) {
		this.server = server;
		this.baseUrl = baseUrl;
		this.folder = folder;
		this.parallelism = parallelism;
	}

	/**
	 * Exports every path in {@code start}, then every link found on the way.
	 * @param done paths already written some other way (alias pages): never fetched, even when linked
	 */
	Result crawl(Collection<String> start, Collection<String> done) throws InterruptedException {
		Set<String> seen = new HashSet<>(done);
		List<Link> wave = new ArrayList<>();
		for (String path : start) {
			if (seen.add(path)) {
				wave.add(new Link(path, null));
			}
		}
		int pages = 0;
		int feeds = 0;
		int files = 0;
		List<String> failures = new ArrayList<>();
		ExecutorService workers = Executors.newFixedThreadPool(this.parallelism);
		try {
			while (!wave.isEmpty()) {
				List<Future<Fetched>> fetches = new ArrayList<>();
				for (Link link : wave) {
					fetches.add(workers.submit(() -> fetch(link)));
				}
				List<Link> next = new ArrayList<>();
				for (Future<Fetched> fetch : fetches) {
					Fetched fetched = result(fetch);
					failures.addAll(fetched.failures());
					switch (fetched.kind()) {
						case PAGE -> pages++;
						case FEED -> feeds++;
						case FILE -> files++;
						case NONE -> {
						}
					}
					for (String path : fetched.links()) {
						if (seen.add(path)) {
							next.add(new Link(path, fetched.path()));
						}
					}
				}
				wave = next;
			}
		}
		finally {
			workers.shutdownNow();
		}
		return new Result(pages, feeds, files, List.copyOf(failures));
	}

	/** One GET of a path of the site, as the export sends it. */
	HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		URI uri;
		try {
			// the multi-argument constructor quotes what a path may not hold as it is (a space, say)
			uri = new URI(this.server.getScheme(), null, this.server.getHost(), this.server.getPort(), path, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a path: " + path, ex);
		}
		HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(TIMEOUT).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private Fetched fetch(Link link) throws InterruptedException {
		String where = (link.from() == null) ? link.path() : link.path() + " (linked from " + link.from() + ")";
		HttpResponse<byte[]> response;
		try {
			response = get(link.path());
		}
		catch (IOException | IllegalArgumentException ex) {
			return Fetched.failed(link.path(), where + ": could not be fetched: " + ex.getMessage());
		}
		if (response.statusCode() != 200) {
			return Fetched.failed(link.path(), where + ": answered " + response.statusCode() + ", not 200");
		}
		try {
			this.folder.write(link.path(), response.body());
		}
		catch (IOException | IllegalArgumentException ex) {
			return Fetched.failed(link.path(), where + ": could not be written: " + ex.getMessage());
		}
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (type.startsWith("text/html")) {
			List<String> links = new ArrayList<>();
			List<String> failures = new ArrayList<>();
			for (String href : links(response.body())) {
				try {
					String path = sitePath(href);
					if (path != null) {
						links.add(path);
					}
				}
				catch (URISyntaxException ex) {
					failures.add(link.path() + ": links to '" + href + "', which is not a valid address");
				}
			}
			return new Fetched(link.path(), Kind.PAGE, links, failures);
		}
		return new Fetched(link.path(), type.startsWith("application/atom+xml") ? Kind.FEED : Kind.FILE, List.of(),
				List.of());
	}

	/** Every {@code href} and {@code src} of a page, as written, in document order. */
	private static List<String> links(byte[] html) {
		List<String> links = new ArrayList<>();
		for (Element element : Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("[href], [src]")) {
			for (String attribute : LINK_ATTRIBUTES) {
				if (element.hasAttr(attribute)) {
					// browsers ignore the spaces around an address, and so does a static host's link
					links.add(element.attr(attribute).strip());
				}
			}
		}
		return links;
	}

	/** The decoded path a link leads to on this site, or null for a link elsewhere or with a query. */
	String sitePath(String href) throws URISyntaxException {
		String link = href.startsWith(this.baseUrl + "/") ? href.substring(this.baseUrl.length()) : href;
		if (!link.startsWith("/") || link.startsWith("//")) {
			return null;
		}
		URI uri = new URI(link).normalize();
		return (uri.getRawQuery() != null) ? null : uri.getPath();
	}

	private static Fetched result(Future<Fetched> fetch) throws InterruptedException {
		try {
			return fetch.get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The export failed", ex.getCause());
		}
	}

	/** What the export wrote, by kind, and every address that failed with where it was linked from. */
	record Result(int pages, int feeds, int files, List<String> failures) {
	}

	private record Link(String path, String from) {
	}

	private enum Kind {

		PAGE, FEED, FILE, NONE

	}

	private record Fetched(String path, Kind kind, List<String> links, List<String> failures) {

		static Fetched failed(String path, String failure) {
			return new Fetched(path, Kind.NONE, List.of(), List.of(failure));
		}

	}

}
