package guide.legcramps.server;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the security headers into the servlet filter chain and into Tomcat's own error pages. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * First in the chain, and on error dispatches too, so no response leaves without the headers,
	 * and every request is counted, however early a later filter answers it.
	 */
	@Bean
	FilterRegistrationBean<SecurityFilter> securityFilter(SecurityHeaders headers, RequestMetrics metrics) {
		FilterRegistrationBean<SecurityFilter> registration = new FilterRegistrationBean<>(
				new SecurityFilter(headers, metrics));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
				DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	PlainErrorPages plainErrorPages(SecurityHeaders headers, ObjectProvider<RequestMetrics> metrics) {
		return new PlainErrorPages(headers, metrics);
	}

	/**
	 * Replaces the host's error report valve with {@link PlainErrorReportValve}. Boot adds a stock
	 * {@link ErrorReportValve} from its own customizer (order 0); this one runs after it (lowest
	 * precedence) so it can take that valve out, and names its own class as the host's error valve
	 * so Tomcat does not add the default back when the host starts.
	 */
	static final class PlainErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final SecurityHeaders headers;

		/** Looked up when Tomcat first refuses a request: the web server is made before the metrics. */
		private final ObjectProvider<RequestMetrics> metrics;

		PlainErrorPages(SecurityHeaders headers, ObjectProvider<RequestMetrics> metrics) {
			this.headers = headers;
			this.metrics = metrics;
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
				host.getPipeline().addValve(new PlainErrorReportValve(this.headers, this.metrics));
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
