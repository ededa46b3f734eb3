package guide.legcramps.server;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;

/**
 * The management port's own server, once {@code management.server.port} gives the actuator one,
 * gets what the public server has: {@link SecurityFilter} first (so a malformed escape is a 400
 * there too, not Spring's 500, and the scrapes are counted) and the plain page for what Tomcat
 * refuses. Boot builds that server in a child context from the classes listed in
 * {@code META-INF/spring/...ManagementContextConfiguration.imports}; this one is listed there and
 * carries no {@code @Configuration}, so component scanning leaves it out of the main context.
 */
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementServerConfiguration extends SecurityConfiguration {

}
