package uk.permanence.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.DevTokens;
import uk.permanence.testing.TestPostgres;

/**
 * The whole platform as it runs in production: the four service jars as separate processes, a real Kafka broker
 * (KRaft) and a real PostgreSQL, each service with its own database.
 */
final class LocalPlatform implements AutoCloseable {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6, CaseEventTopic.NAME);
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, List<String>> arguments = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path logs;

    private static LocalPlatform shared;

    LocalPlatform() throws IOException {
        logs = Files.createDirectories(ROOT.resolve("system-tests/target/platform-logs"));
        try (var old = Files.list(logs)) {
            for (Path log : old.toList()) {
                Files.delete(log);
            }
        }
    }

    /** One platform for every system test class in this JVM, started on first use and stopped at exit. */
    static synchronized LocalPlatform shared() throws IOException, InterruptedException {
        if (shared == null) {
            LocalPlatform platform = new LocalPlatform().start();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
            platform.awaitHealthy(Duration.ofMinutes(3));
            shared = platform;
        }
        return shared;
    }

    LocalPlatform start() throws IOException {
        broker.afterPropertiesSet();
        for (String service : List.of("case-service", "tracking-service", "reporting-service")) {
            ports.put(service, freePort());
            String database = service.replace('-', '_');
            launch(service, List.of(
                    "--server.port=" + ports.get(service),
                    "--spring.datasource.url=" + TestPostgres.jdbcUrl(database),
                    "--spring.datasource.username=postgres",
                    "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                    "--permanence.security.dev-signing-key=" + DevTokens.SIGNING_KEY,
                    // quicker clocks than production, so that tests see sweeps and backlog checks within seconds
                    "--tracking.sweep-interval=PT2S",
                    "--permanence.case-events.backlog-check-interval=1s"));
        }
        ports.put("gateway", freePort());
        ports.put("gateway-management", freePort());
        launch("gateway", List.of(
                "--server.port=" + ports.get("gateway"),
                "--management.server.port=" + ports.get("gateway-management"),
                "--permanence.services.case-service=" + serviceUrl("case-service"),
                "--permanence.services.tracking-service=" + serviceUrl("tracking-service"),
                "--permanence.services.reporting-service=" + serviceUrl("reporting-service"),
                "--permanence.security.dev-signing-key=" + DevTokens.SIGNING_KEY));
        return this;
    }

    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String component : List.of("case-service", "tracking-service", "reporting-service",
                "gateway-management")) {
            while (!healthy(component)) {
                for (Process process : processes.values()) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("a service stopped while starting; see " + logs);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(component + " not healthy in time; see " + logs);
                }
                Thread.sleep(250);
            }
        }
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get("gateway");
    }

    String brokers() {
        return broker.getBrokersAsString();
    }

    Path logs() {
        return logs;
    }

    /** The address of a service's own port, or (for "gateway-management") of the gateway's management port. */
    String serviceUrl(String service) {
        return "http://localhost:" + ports.get(service);
    }

    private boolean healthy(String component) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + ports.get(component) + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code kill -9} of one service: no shutdown hook, no commit of anything in flight. */
    void kill(String service) throws InterruptedException {
        Process process = processes.get(service);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed service again with the same arguments, and waits until it is healthy. */
    void restart(String service, Duration timeout) throws IOException, InterruptedException {
        launch(service, arguments.get(service));
        awaitHealthy(timeout);
    }

    private void launch(String service, List<String> arguments) throws IOException {
        this.arguments.put(service, arguments);
        Path jar = ROOT.resolve(service).resolve("target").resolve(service + "-" + VERSION + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with ./permanence test (mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString()));
        command.addAll(arguments);
        File log = logs.resolve(service + ".log").toFile();
        processes.put(service, new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        broker.destroy();
    }
}
