package guide.legcramps.content.load;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness gate with Boot's own availability bean, in the order the speed work may bring: the
 * port open and Boot ready before the first content load has finished. {@code ReadinessTest}
 * covers today's order on the running application.
 */
class ContentReadinessTest {

	static final ContentChange FIRST_LOAD = new ContentChange(true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of());

	/** Boot's availability bean and the gate, and nothing else. */
	private static AnnotationConfigApplicationContext context() {
		return new AnnotationConfigApplicationContext(ApplicationAvailabilityBean.class, ContentReadiness.class);
	}

	private static ReadinessState readiness(AnnotationConfigApplicationContext context) {
		return context.getBean(ApplicationAvailability.class).getReadinessState();
	}

	@Test
	void readyBeforeTheFirstLoadIsRefusingUntilTheLoadIsIn() {
		try (AnnotationConfigApplicationContext context = context()) {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(readiness(context)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
			context.publishEvent(FIRST_LOAD);
			assertThat(readiness(context)).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	@Test
	void aLoadThatFinishesAfterShutdownBeganDoesNotMakeItReady() {
		try (AnnotationConfigApplicationContext context = context()) {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
			AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
			context.publishEvent(FIRST_LOAD);
			assertThat(readiness(context)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		}
	}

	@Test
	void loadedFirstThenReadyIsReadyAndLaterReloadsChangeNothing() {
		try (AnnotationConfigApplicationContext context = context()) {
			context.publishEvent(FIRST_LOAD);
			assertThat(readiness(context)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
			context.publishEvent(FIRST_LOAD);
			assertThat(readiness(context)).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
			context.publishEvent(FIRST_LOAD);
			assertThat(readiness(context)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		}
	}

}
