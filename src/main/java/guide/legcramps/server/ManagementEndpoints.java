package guide.legcramps.server;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The metrics are for whoever runs the site, not for its readers: {@code /actuator/prometheus} is
 * served only when {@code management.server.port} gives the actuator a port of its own (best bound
 * to loopback with {@code management.server.address=127.0.0.1}). Without one, the public port
 * exposes health and the probes alone, and {@code /actuator/prometheus} is a 404 there.
 */
@Configuration(proxyBeanMethods = false)
class ManagementEndpoints {

	static final EndpointId PROMETHEUS = EndpointId.of("prometheus");

	@Bean
	EndpointFilter<ExposableWebEndpoint> prometheusOnlyOnAManagementPort(Environment environment) {
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
		return (endpoint) -> ownPort || !endpoint.getEndpointId().equals(PROMETHEUS);
	}

}
