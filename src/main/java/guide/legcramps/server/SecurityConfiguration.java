package guide.legcramps.server;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the security headers into the servlet filter chain and into Tomcat's own error pages. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** First in the chain, and on error dispatches too, so no response leaves without the headers. */
	@Bean
	FilterRegistrationBean<SecurityFilter> securityFilter(SecurityHeaders headers) {
		FilterRegistrationBean<SecurityFilter> registration = new FilterRegistrationBean<>(new SecurityFilter(headers));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
				DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	PlainErrorPages plainErrorPages(SecurityHeaders headers) {
		return new PlainErrorPages(headers);
	}

	/**
	 * Replaces the host's error report valve with {@link PlainErrorReportValve}. Boot adds a stock
	 * {@link ErrorReportValve} from its own customizer (order 0); this one runs after it (lowest
	 * precedence) so it can take that valve out, and names its own class as the host's error valve
	 * so Tomcat does not add the default back when the host starts.
	 */
	static final class PlainErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final SecurityHeaders headers;

		PlainErrorPages(SecurityHeaders headers) {
			this.headers = headers;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new PlainErrorReportValve(this.headers));
				if (host instanceof StandardHost standardHost) {
					standardHost.setErrorReportValveClass(PlainErrorReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
