package guide.legcramps.site;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SiteConfiguration {

	/** Injected wherever "today" matters (overdue reviews), so tests can pin it. */
	@Bean
	Clock clock(SiteProperties site) {
		return Clock.system(site.timeZone());
	}

}
