package uk.permanence.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.SignIn;
import uk.permanence.testing.TestPostgres;

/**
 * The whole platform as it runs in production: the identity service, the four service jars and the web app as separate
 * processes, a real Kafka broker (KRaft) and a real PostgreSQL, each service with its own database. Tokens come from
 * the identity service ({@link #tokens()}), whose issuer is the gateway's address as in production.
 */
final class LocalPlatform implements AutoCloseable {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Made for each run, as the launcher makes them per installation; nothing outside this JVM knows them. */
    private static final String KEY_ENCRYPTION_KEY = java.util.Base64.getEncoder().encodeToString(
            java.security.SecureRandom.getSeed(32));
    private static final String PLATFORM_ADMIN_PASSWORD = java.util.UUID.randomUUID().toString();
    /** The web app's client secret, for this run. */
    private static final String WEB_CLIENT_SECRET = java.util.UUID.randomUUID().toString();
    /**
     * The identity service makes a new signing key every two minutes here (weekly in production), so that every
     * system test runs while keys rotate: no valid token may be refused for it.
     */
    static final Duration KEY_ROTATION_AGE = Duration.ofMinutes(2);

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, List<String>> commands = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path logs;
    private PlatformTokens tokens;

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
    static synchronized LocalPlatform shared() throws Exception {
        if (shared == null) {
            LocalPlatform platform = new LocalPlatform().start();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
            // a machine shared with other builds may need longer: -Dpermanence.platform-start-seconds=480
            platform.awaitHealthy(Duration.ofSeconds(Long.getLong("permanence.platform-start-seconds", 360)));
            shared = platform;
        }
        return shared;
    }

    LocalPlatform start() throws Exception {
        startBroker();
        ports.put("gateway", freePort());
        ports.put("identity", freePort());
        launchService("identity", List.of(
                "--server.port=" + ports.get("identity"),
                "--spring.datasource.url=" + TestPostgres.jdbcUrl("identity"),
                "--spring.datasource.username=postgres",
                "--permanence.identity.issuer=" + gatewayUrl(),
                "--permanence.identity.keys.encryption-key=" + KEY_ENCRYPTION_KEY,
                "--permanence.identity.platform-admin.password=" + PLATFORM_ADMIN_PASSWORD,
                "--permanence.identity.web.client-secret=" + WEB_CLIENT_SECRET,
                "--permanence.identity.web.redirect-uris=" + webApp().redirectUri(),
                "--permanence.identity.web.post-logout-redirect-uris=" + gatewayUrl() + "/",
                "--permanence.identity.keys.rotation-age=" + KEY_ROTATION_AGE,
                "--permanence.identity.keys.activation-delay=PT20S",
                "--permanence.identity.keys.check-interval=PT5S",
                "--permanence.identity.second-factor.required-by-default=false"));
        for (String service : List.of("case-service", "tracking-service", "reporting-service")) {
            ports.put(service, freePort());
            String database = service.replace('-', '_');
            launchService(service, List.of(
                    "--server.port=" + ports.get(service),
                    "--spring.datasource.url=" + TestPostgres.jdbcUrl(database),
                    "--spring.datasource.username=postgres",
                    "--spring.kafka.bootstrap-servers=" + brokers(),
                    "--permanence.security.jwk-set-uri=" + jwkSetUri(),
                    "--permanence.security.issuer=" + gatewayUrl(),
                    // quicker clocks than production, so that tests see sweeps and backlog checks within seconds
                    "--tracking.sweep-interval=PT2S",
                    "--permanence.case-events.backlog-check-interval=1s",
                    // case-service's: a slow commit scenario holds a transaction well past it
                    "--permanence.event-store.gap-timeout=2s"));
        }
        ports.put("web", freePort());
        ports.put("gateway-management", freePort());
        launchService("web", List.of(
                "--server.port=" + ports.get("web"),
                "--permanence.web.public-url=" + gatewayUrl(),
                "--permanence.web.identity-url=" + serviceUrl("identity"),
                "--permanence.web.api-url=" + gatewayUrl(),
                "--permanence.web.client-secret=" + WEB_CLIENT_SECRET,
                "--permanence.web.status.gateway=" + serviceUrl("gateway-management"),
                "--permanence.web.status.identity=" + serviceUrl("identity"),
                "--permanence.web.status.case-service=" + serviceUrl("case-service"),
                "--permanence.web.status.tracking-service=" + serviceUrl("tracking-service"),
                "--permanence.web.status.reporting-service=" + serviceUrl("reporting-service")));
        launchService("gateway", List.of(
                "--server.port=" + ports.get("gateway"),
                "--management.server.port=" + ports.get("gateway-management"),
                "--permanence.services.case-service=" + serviceUrl("case-service"),
                "--permanence.services.tracking-service=" + serviceUrl("tracking-service"),
                "--permanence.services.reporting-service=" + serviceUrl("reporting-service"),
                "--permanence.services.identity=" + serviceUrl("identity"),
                "--permanence.services.web=" + serviceUrl("web"),
                "--permanence.security.jwk-set-uri=" + jwkSetUri(),
                "--permanence.security.issuer=" + gatewayUrl()));
        tokens = new PlatformTokens(gatewayUrl(), serviceUrl("identity"), PLATFORM_ADMIN_PASSWORD);
        return this;
    }

    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String component : List.of("identity", "case-service", "tracking-service", "reporting-service",
                "web", "gateway-management")) {
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

    /** People and their tokens, made at the identity service as its administration API and sign-in make them. */
    PlatformTokens tokens() {
        return tokens;
    }

    /** The web app's client at the identity service, as the web app (behind the gateway) signs people in. */
    SignIn.Client webApp() {
        return new SignIn.Client("web", WEB_CLIENT_SECRET, gatewayUrl() + "/sign-in/callback/permanence");
    }

    private String jwkSetUri() {
        return serviceUrl("identity") + "/oauth2/jwks";
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get("gateway");
    }

    String brokers() {
        return "localhost:" + ports.get("kafka");
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

    /** {@code kill -9} of one service (or of "kafka", the broker): no shutdown hook, nothing in flight committed. */
    void kill(String service) throws InterruptedException {
        Process process = processes.get(service);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed service (or the broker) again with the same command, and waits until it is ready. */
    void restart(String service, Duration timeout) throws IOException, InterruptedException {
        launch(service, commands.get(service));
        if (service.equals("kafka")) {
            awaitPort(ports.get("kafka"), timeout);
        } else {
            awaitHealthy(timeout);
        }
    }

    /**
     * A real single-node KRaft broker in a process of its own (the local platform's, from {@code local-kafka}), so
     * that a scenario can kill it with {@code kill -9} and start it again on the same data.
     */
    private void startBroker() throws Exception {
        ports.put("kafka", freePort());
        int controller = freePort();
        Path data = Files.createTempDirectory("platform-kafka");
        Path config = data.resolve("server.properties");
        Files.writeString(config, Files.readString(ROOT.resolve("local-kafka/server.properties"))
                .replace("127.0.0.1:9092", "127.0.0.1:" + ports.get("kafka"))
                .replace("127.0.0.1:9093", "127.0.0.1:" + controller)
                .replace("@LOG_DIRS@", data.resolve("logs").toString()));
        List<String> java = List.of(javaExecutable(), "-Xmx384m",
                "-Dlog4j2.configurationFile=" + ROOT.resolve("local-kafka/log4j2.properties"), "-cp",
                Files.readString(ROOT.resolve("local-kafka/target/classpath.txt")).trim());
        List<String> format = new ArrayList<>(java);
        format.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString()));
        Process formatting = new ProcessBuilder(format).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("kafka.log").toFile())).start();
        if (formatting.waitFor() != 0) {
            throw new IllegalStateException("could not format the broker's storage; see " + logs);
        }
        List<String> broker = new ArrayList<>(java);
        broker.addAll(List.of("kafka.Kafka", config.toString()));
        launch("kafka", broker);
        awaitPort(ports.get("kafka"), Duration.ofMinutes(1));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()))) {
            admin.createTopics(List.of(new NewTopic(CaseEventTopic.NAME, 6, (short) 1))).all().get();
        }
    }

    private static void awaitPort(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket("localhost", port)) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("nothing listening on port " + port + " in time");
                }
                Thread.sleep(250);
            }
        }
    }

    private void launchService(String service, List<String> arguments) throws IOException {
        Path jar = ROOT.resolve(service).resolve("target").resolve(service + "-" + VERSION + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with ./permanence test (mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString()));
        command.addAll(arguments);
        launch(service, command);
    }

    private void launch(String name, List<String> command) throws IOException {
        commands.put(name, command);
        File log = logs.resolve(name + ".log").toFile();
        processes.put(name, new ProcessBuilder(command).redirectErrorStream(true)
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
    }
}
