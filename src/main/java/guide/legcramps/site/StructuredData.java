package guide.legcramps.site;

import java.util.List;
import java.util.Map;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The schema.org JSON-LD of each kind of page, built from the same page metadata and view records
 * that fill the visible page, so the two cannot tell different stories. Jackson writes the JSON, and
 * writes {@code <}, {@code >} and {@code &} as JSON unicode escapes, so no text from the content can
 * close the script element ({@code </script>}) or open an HTML comment inside it: the layout prints
 * the JSON unescaped (HTML entities mean nothing inside a script element).
 * <p>
 * Authors are described as {@code Organization}, not {@code Person}: the site's only author is its
 * editorial team, which says on its page that it names no person, and the content has no field
 * that says an author is a person. Add one before describing anyone as a {@code Person}.
 */
@Component
public class StructuredData {

	private static final String CONTEXT = "https://schema.org";

	/** The schema.org type of a cited work, by its CSL type; any other is a {@code CreativeWork}. */
	private static final Map<String, String> SCHEMA_TYPES = Map.of("article-journal", "ScholarlyArticle",
			"webpage", "WebPage", "report", "Report", "book", "Book", "chapter", "Chapter", "article-newspaper",
			"NewsArticle", "article", "Article");

	private final JsonMapper json = JsonMapper.builder(JsonFactory.builder().characterEscapes(new ScriptSafe()).build())
		.build();

	private final SiteLinks links;

	StructuredData(SiteLinks links) {
		this.links = links;
	}

	/** The home page: the site itself and who publishes it. */
	public String website(PageMeta meta) {
		ObjectNode site = root("WebSite");
		site.put("name", SiteLinks.SITE_NAME);
		site.put("url", meta.canonicalUrl());
		site.put("description", meta.description());
		site.set("publisher", publisher());
		return write(site);
	}

	/** A page with no more specific type: the topic and tag lists. */
	public String webPage(PageMeta meta) {
		return webPage(meta, List.of());
	}

	/** A standalone page, with the works its text cites. */
	public String webPage(PageMeta meta, List<CitedWork> citations) {
		ObjectNode page = page("WebPage", meta);
		cite(page, citations);
		return write(page);
	}

	/** A tag's list of articles, with the works its text cites. */
	public String collectionPage(PageMeta meta, List<Crumb> breadcrumb, List<CitedWork> citations) {
		ObjectNode page = page("CollectionPage", meta);
		cite(page, citations);
		page.set("breadcrumb", breadcrumbList(breadcrumb, meta));
		return write(page);
	}

	/**
	 * A topic's list of articles, about the condition the topic is named after, with its review date
	 * (or null) and the works its introduction cites, as its page shows them.
	 */
	public String topicPage(PageMeta meta, List<Crumb> breadcrumb, String condition, String reviewedIso,
			List<CitedWork> citations) {
		ObjectNode page = page("CollectionPage", meta);
		page.set("about", condition(condition));
		if (reviewedIso != null) {
			page.put("lastReviewed", reviewedIso);
		}
		cite(page, citations);
		page.set("breadcrumb", breadcrumbList(breadcrumb, meta));
		return write(page);
	}

	/**
	 * An author's page.
	 * @param profileUrl the author's own page (not a later page of their list of articles)
	 */
	public String profilePage(PageMeta meta, String name, String role, String profileUrl) {
		ObjectNode page = page("ProfilePage", meta);
		ObjectNode author = organization(name, profileUrl);
		author.put("description", role);
		page.set("mainEntity", author);
		return write(page);
	}

	/**
	 * What an article's JSON-LD says about it, as its page shows it: dates as ISO strings, the author's
	 * page (null when the author did not load), the topic it is about, the works it cites and its
	 * tags' titles.
	 */
	public record MedicalPage(String headline, String publishedIso, String reviewedIso, String authorName,
			String authorUrl, String condition, List<CitedWork> citations, List<String> keywords) {
	}

	/**
	 * A work a page cites, as its sources list shows it: its CSL type ({@code article-journal},
	 * {@code webpage}..., or null), title, link, year, DOI and PubMed id (each but the title may be
	 * null).
	 */
	public record CitedWork(String type, String name, String url, Integer year, String doi, String pmid) {
	}

	/** An article: a medical web page for patients, with its dates, sources and breadcrumb as shown. */
	public String article(PageMeta meta, MedicalPage article, List<Crumb> breadcrumb) {
		ObjectNode page = page("MedicalWebPage", meta);
		page.put("headline", article.headline());
		page.put("datePublished", article.publishedIso());
		page.put("dateModified", article.reviewedIso());
		page.put("lastReviewed", article.reviewedIso());
		page.set("author", organization(article.authorName(),
				(article.authorUrl() != null) ? this.links.absolute(article.authorUrl()) : null));
		page.set("publisher", publisher());
		page.set("about", condition(article.condition()));
		ObjectNode audience = node("MedicalAudience");
		audience.put("audienceType", "Patient");
		page.set("medicalAudience", audience);
		cite(page, article.citations());
		ArrayNode keywords = page.putArray("keywords");
		article.keywords().forEach(keywords::add);
		page.set("breadcrumb", breadcrumbList(breadcrumb, meta));
		return write(page);
	}

	/**
	 * schema.org's {@code citation}: each work as a {@code CreativeWork} of the type nearest its CSL
	 * type, with its link and its DOI and PMID as identifiers.
	 */
	private void cite(ObjectNode page, List<CitedWork> citations) {
		if (citations.isEmpty()) {
			return;
		}
		ArrayNode cited = page.putArray("citation");
		for (CitedWork work : citations) {
			ObjectNode node = node(SCHEMA_TYPES.getOrDefault(String.valueOf(work.type()), "CreativeWork"));
			node.put("name", work.name());
			if (work.url() != null) {
				node.put("url", work.url());
			}
			if (work.year() != null) {
				node.put("datePublished", work.year().toString());
			}
			if (work.doi() != null || work.pmid() != null) {
				ArrayNode identifiers = node.putArray("identifier");
				if (work.doi() != null) {
					identifiers.add(identifier("DOI", work.doi()));
				}
				if (work.pmid() != null) {
					identifiers.add(identifier("PMID", work.pmid()));
				}
			}
			cited.add(node);
		}
	}

	private ObjectNode identifier(String scheme, String value) {
		ObjectNode identifier = node("PropertyValue");
		identifier.put("propertyID", scheme);
		identifier.put("value", value);
		return identifier;
	}

	private ObjectNode page(String type, PageMeta meta) {
		ObjectNode page = root(type);
		page.put("name", meta.title());
		page.put("description", meta.description());
		page.put("url", meta.canonicalUrl());
		return page;
	}

	/**
	 * Positions count from 1. A step shown as plain text has no {@code item}, except the last, which
	 * is the page itself.
	 */
	private ObjectNode breadcrumbList(List<Crumb> crumbs, PageMeta meta) {
		ObjectNode list = node("BreadcrumbList");
		ArrayNode items = list.putArray("itemListElement");
		for (int i = 0; i < crumbs.size(); i++) {
			Crumb crumb = crumbs.get(i);
			ObjectNode item = node("ListItem");
			item.put("position", i + 1);
			item.put("name", crumb.name());
			if (i == crumbs.size() - 1) {
				item.put("item", meta.canonicalUrl());
			}
			else if (crumb.url() != null) {
				item.put("item", this.links.absolute(crumb.url()));
			}
			items.add(item);
		}
		return list;
	}

	private ObjectNode publisher() {
		return organization(SiteLinks.SITE_NAME, this.links.home());
	}

	private ObjectNode organization(String name, String url) {
		ObjectNode organization = node("Organization");
		organization.put("name", name);
		if (url != null) {
			organization.put("url", url);
		}
		return organization;
	}

	private ObjectNode condition(String name) {
		ObjectNode condition = node("MedicalCondition");
		condition.put("name", name);
		return condition;
	}

	/** The top node of a page's JSON-LD, which alone carries the context. */
	private ObjectNode root(String type) {
		ObjectNode root = this.json.createObjectNode();
		root.put("@context", CONTEXT);
		root.put("@type", type);
		return root;
	}

	private ObjectNode node(String type) {
		ObjectNode node = this.json.createObjectNode();
		node.put("@type", type);
		return node;
	}

	private String write(ObjectNode node) {
		return this.json.writeValueAsString(node);
	}

	/** JSON's own escapes, plus {@code <}, {@code >} and {@code &} as unicode escapes. */
	private static final class ScriptSafe extends CharacterEscapes {

		private final int[] escapes = standardAsciiEscapesForJSON();

		ScriptSafe() {
			this.escapes['<'] = ESCAPE_STANDARD;
			this.escapes['>'] = ESCAPE_STANDARD;
			this.escapes['&'] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
