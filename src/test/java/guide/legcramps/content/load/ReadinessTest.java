package guide.legcramps.content.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import guide.legcramps.LegCrampsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liveness and readiness as a load balancer meets them, on the application started as {@code main}
 * starts it, on a real port: every probe path answers UP once the site is ready; readiness was
 * refusing while the first content load ran (seen through {@link ApplicationAvailability}, since
 * the port is not open then); a refusing state is answered 503 on the probe paths, never from the
 * page cache; and on shutdown readiness refuses at once, the port stops taking connections, and a
 * request already in flight still gets its whole page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessTest {

	static final List<String> PROBES = List.of("/livez", "/readyz", "/actuator/health/liveness",
			"/actuator/health/readiness", "/actuator/health");

	static final List<ReadinessState> READINESS_AT_FIRST_LOAD = new CopyOnWriteArrayList<>();

	static ConfigurableApplicationContext app;

	static int port;

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void start() {
		ApplicationListener<ApplicationEvent> firstLoad = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ContentChange
					&& READINESS_AT_FIRST_LOAD.isEmpty()) {
				ApplicationContext context = (ApplicationContext) payload.getSource();
				READINESS_AT_FIRST_LOAD.add(context.getBean(ApplicationAvailability.class).getReadinessState());
			}
		};
		app = new SpringApplicationBuilder(LegCrampsApplication.class).listeners(firstLoad)
			.run("--server.port=0", "--server.address=127.0.0.1", "--site.content-dir=src/test/resources/fixtures/site");
		port = ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	@Order(1)
	void readinessRefusedDuringTheFirstLoadAndEveryProbeSaysUpOnceStarted() throws Exception {
		assertThat(READINESS_AT_FIRST_LOAD).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		assertThat(app.getBean(ApplicationAvailability.class).getReadinessState())
			.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		for (String probe : PROBES) {
			HttpResponse<String> response = get(probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			// the health endpoint names its groups; a group names nothing but its status
			assertThat(response.body()).as(probe)
				.isEqualTo(probe.equals("/actuator/health") ? "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}"
						: "{\"status\":\"UP\"}");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(probe).isPresent();
		}
	}

	@Test
	@Order(2)
	void aRefusingStateIsAnswered503OnTheProbePathsAndNeverFromACopy() throws Exception {
		assertThat(get("/readyz").statusCode()).isEqualTo(200);
		AvailabilityChangeEvent.publish(app, ReadinessState.REFUSING_TRAFFIC);
		for (String probe : List.of("/readyz", "/actuator/health/readiness")) {
			HttpResponse<String> response = get(probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(503);
			assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
		}
		assertThat(get("/livez").statusCode()).as("alive, only not ready").isEqualTo(200);
		assertThat(get("/articles/a01").statusCode()).as("pages still answer whoever asks").isEqualTo(200);
		AvailabilityChangeEvent.publish(app, LivenessState.BROKEN);
		assertThat(get("/livez").statusCode()).isEqualTo(503);
		AvailabilityChangeEvent.publish(app, LivenessState.CORRECT);
		AvailabilityChangeEvent.publish(app, ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(get("/readyz").statusCode()).isEqualTo(200);
		assertThat(get("/livez").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(3)
	void shutdownRefusesAtOnceStopsTakingConnectionsAndLetsARequestInFlightFinish() throws Exception {
		ContentSwitch contentSwitch = app.getBean(ContentSwitch.class);
		ApplicationAvailability availability = app.getBean(ApplicationAvailability.class);
		// hold requests at the read lock, as a content switch does for a moment
		contentSwitch.lockForSwitch();
		CompletableFuture<HttpResponse<String>> inFlight;
		CompletableFuture<Void> closing;
		try {
			inFlight = this.client.sendAsync(request("/articles/a02"), HttpResponse.BodyHandlers.ofString());
			await("the request to reach the application", contentSwitch::hasWaitingReaders);
			closing = CompletableFuture.runAsync(app::close);
			await("readiness to refuse", () -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
			await("the port to refuse new connections", ReadinessTest::connectionRefused);
			assertThat(inFlight).as("the request in flight is still waiting").isNotDone();
		}
		finally {
			contentSwitch.unlockAfterSwitch();
		}
		HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>").endsWith("</html>\n");
		closing.get(60, TimeUnit.SECONDS);
		assertThat(app.isActive()).isFalse();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(request(path), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60)).build();
	}

	private static boolean connectionRefused() {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return false;
		}
		catch (ConnectException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 20 s for " + what).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
