package guide.legcramps;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	/** Injected wherever "today" matters (overdue reviews), so tests can pin it. */
	@Bean
	Clock clock(SiteProperties site) {
		return Clock.system(site.timeZone());
	}

}
