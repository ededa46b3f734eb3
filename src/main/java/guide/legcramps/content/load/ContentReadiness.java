package guide.legcramps.content.load;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Readiness, as Spring Boot's availability state has it ({@code /readyz}), waits for the content:
 * the site cannot serve a page before its first content load has finished. Boot says
 * {@code ACCEPTING_TRAFFIC} once the application has started and {@code REFUSING_TRAFFIC} from the
 * moment it begins to shut down. Today the first load finishes before either (it runs before the
 * web server starts); should a load ever finish after Boot has said ready, this says
 * {@code REFUSING_TRAFFIC} at once and {@code ACCEPTING_TRAFFIC} when the content is in.
 */
@Component
class ContentReadiness {

	private final ApplicationEventPublisher events;

	/** Boot's own verdict, apart from the content: ready, and not yet shutting down. */
	private boolean applicationReady;

	private boolean contentLoaded;

	ContentReadiness(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	synchronized void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getSource() == this) {
			return;
		}
		this.applicationReady = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
		if (this.applicationReady && !this.contentLoaded) {
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
		}
	}

	@EventListener
	synchronized void onContentChange(ContentChange change) {
		if (!this.contentLoaded) {
			this.contentLoaded = true;
			if (this.applicationReady) {
				AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
			}
		}
	}

}
