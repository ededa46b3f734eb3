package guide.legcramps.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar run as an operator runs it behind a load balancer: the actuator on a loopback
 * management port, structured JSON logs by one setting, content with problems. Every line it logs
 * is a JSON object; the load is one line and each problem one more, at its severity; the client's
 * mistakes on either port get a 4xx and leave no stack trace and no error in the log; the metrics
 * are on the management port only; and SIGTERM ends it gracefully.
 */
class ServiceJarIT {

	static final String PROBLEMS = "src/test/resources/fixtures/problems";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void runsAsAServiceWithStructuredLogsProbesAndMetrics() throws Exception {
		int port = freePort();
		int managementPort = freePort();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-jar", "target/legcramps.jar", "--server.port=" + port,
				"--server.address=127.0.0.1", "--management.server.port=" + managementPort,
				"--management.server.address=127.0.0.1", "--site.content-dir=" + PROBLEMS,
				"--logging.structured.format.console=ecs")
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		List<String> lines = new CopyOnWriteArrayList<>();
		Thread reader = Thread.ofVirtual().start(() -> readLines(process, lines));
		try {
			awaitReady(process, port, lines);
			RawHttp.Response metrics = RawHttp.get(managementPort, "/actuator/prometheus");
			assertThat(metrics.status()).isEqualTo(200);
			assertThat(metrics.text()).contains("site_content_problems{severity=\"error\"} 45.0");
			assertThat(RawHttp.get(port, "/actuator/prometheus").status()).isEqualTo(404);
			assertThat(RawHttp.get(port, "/articles/good").status()).isEqualTo(200);
			for (int target : new int[] { port, managementPort }) {
				for (String mistake : List.of("/articles/b*;@-82%&c", "/actuator/health;%", "/actuator/health?%e0%80%af",
						"/a%2fb", "/actuator/health?" + "p=1&".repeat(1200))) {
					assertThat(RawHttp.get(target, mistake).status()).as(target + " " + mistake).isEqualTo(400);
				}
				assertThat(RawHttp.send(target, "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))
					.orElseThrow()
					.status()).isEqualTo(400);
			}
		}
		finally {
			// SIGTERM, as a service manager sends it; Process.destroy() would also close the pipe the log comes through
			process.toHandle().destroy();
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s of SIGTERM").isTrue();
		reader.join(10_000);

		List<JsonNode> log = new ArrayList<>();
		for (String line : lines) {
			assertThat(line).as("a JSON object per line").startsWith("{").endsWith("}");
			log.add(JSON.readTree(line));
		}
		assertThat(log).filteredOn((e) -> message(e).startsWith("Loaded content from " + PROBLEMS + ": "))
			.singleElement()
			.satisfies((e) -> assertThat(level(e)).isEqualTo("INFO"));
		assertThat(log).filteredOn((e) -> message(e).matches(".+:\\d+:\\d+: error: .+"))
			.hasSize(45)
			.allSatisfy((e) -> assertThat(level(e)).isEqualTo("ERROR"));
		assertThat(log).filteredOn((e) -> message(e).matches(".+:\\d+:\\d+: warning: .+"))
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(level(e)).isEqualTo("WARN"));
		assertThat(log).as("errors other than the content's")
			.filteredOn((e) -> level(e).equals("ERROR") && !message(e).contains(": error: "))
			.isEmpty();
		assertThat(log).as("stack traces").filteredOn((e) -> e.has("error")).isEmpty();
		assertThat(log).anySatisfy((e) -> assertThat(message(e)).startsWith("Commencing graceful shutdown"));
		assertThat(log).last().satisfies((e) -> assertThat(message(e)).startsWith("HikariPool-1 - Shutdown completed"));
	}

	private static String message(JsonNode entry) {
		return entry.path("message").asString();
	}

	private static String level(JsonNode entry) {
		return entry.path("log").path("level").asString();
	}

	private static void awaitReady(Process process, int port, List<String> lines) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the jar is running; its log: %s", lines).isTrue();
			try {
				if (RawHttp.get(port, "/readyz").status() == 200) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("not ready within 180 s; its log: " + lines);
	}

	private static void readLines(Process process, List<String> lines) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
