package guide.legcramps.site;

import java.nio.file.Path;
import java.time.ZoneId;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the site, under the {@code site.} prefix.
 *
 * @param contentDir folder holding topics/, articles/, tags/, authors/ and pages/
 * @param baseUrl the one source of absolute URLs (canonical links); no trailing slash
 * @param strict fail start-up when the content has any error (warnings never fail it)
 * @param relatedLimit how many related articles each article shows
 * @param relatedTopicBonus score added to a related candidate in the same topic
 * @param pageSize articles per list page before pagination starts
 * @param timeZone the zone in which content dates (publication, review due) are judged
 * @param watch reload the content whenever a file under the content folder changes
 * @param pageCacheMb megabytes of rendered responses (both encodings) kept in memory; 0 keeps none
 * @param publishCheckMs how often to check whether a scheduled article's day has started (read by the
 * loader's schedule, which is fixed before this record is bound)
 * @param preview serve drafts and scheduled articles at {@code /_content/preview/articles/<slug>}, to
 * requests from this machine only
 */
@Validated
@ConfigurationProperties("site")
public record SiteProperties(
		@DefaultValue("content") @NotNull Path contentDir,
		@DefaultValue("http://localhost:8080") @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*[^/\\s])?",
				message = "must be an http(s) URL without a trailing slash") String baseUrl,
		@DefaultValue("false") boolean strict,
		@DefaultValue("5") @Min(0) @Max(20) int relatedLimit,
		@DefaultValue("0.5") @DecimalMin("0.0") double relatedTopicBonus,
		@DefaultValue("10") @Min(1) @Max(100) int pageSize,
		@DefaultValue("UTC") @NotNull ZoneId timeZone,
		@DefaultValue("false") boolean watch,
		@DefaultValue("64") @Min(0) @Max(4096) int pageCacheMb,
		@DefaultValue("15000") @Min(1) long publishCheckMs,
		@DefaultValue("false") boolean preview) {
}
