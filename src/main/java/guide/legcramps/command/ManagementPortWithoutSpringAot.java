package guide.legcramps.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aot.AotDetector;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.SpringProperties;

/**
 * Spring AOT (the launcher) fixes at package time which beans exist, and the package is built with
 * no {@code management.server.port}: run so with one, the site would start no management server and
 * leave the whole actuator, {@code /actuator/prometheus} included, on the public port (and refuse to
 * start with {@code management.server.address}). So when the setting gives the actuator a port of its
 * own, the site starts without Spring AOT's generated code, as {@code java -jar} runs it (the JVM's
 * AOT cache still serves), and says so in one line. Runs once the settings are read and before the
 * application context is made, which is the first thing that asks whether AOT is on.
 */
final class ManagementPortWithoutSpringAot implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ManagementPortWithoutSpringAot.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (AotDetector.useGeneratedArtifacts()
				&& ManagementPortType.get(event.getEnvironment()) == ManagementPortType.DIFFERENT) {
			SpringProperties.setFlag(AotDetector.AOT_ENABLED, false);
			logger.info("management.server.port is set: starting without Spring AOT's code, which was generated"
					+ " without a management port");
		}
	}

}
