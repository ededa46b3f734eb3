package guide.legcramps.seo;

import java.time.LocalDate;

/** A page the sitemap lists: its absolute URL, and when its content last changed (null when unknown). */
record PublicPage(String url, LocalDate lastModified) {
}
