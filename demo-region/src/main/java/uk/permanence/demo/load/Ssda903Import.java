package uk.permanence.demo.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./permanence import --la 825 FILES...}: uploads a council's SSDA903 files through the gateway
 * ({@code POST /api/imports/ssda903?la=...}, multipart, parts named {@code files}), follows the import at
 * {@code GET /api/imports/{importId}} with a progress bar on a terminal (a line per change otherwise), and prints a
 * summary: children imported, refused and unchanged, events appended, conflicts and problems, and where the report
 * is. Exits 1 when the import FAILED or was refused, 0 when it is DONE (refused children are in the report).
 * <p>
 * The access token comes from the environment ({@code PERMANENCE_TOKEN}), never the command line, where any user of
 * the machine could read it.
 */
public final class Ssda903Import {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final int BAR = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI gateway;
    private final String token;
    private final PrintStream out;
    private final boolean terminal;
    private final Duration pollEvery;
    private final Duration giveUpAfter;

    Ssda903Import(URI gateway, String token, PrintStream out, boolean terminal, Duration pollEvery,
                  Duration giveUpAfter) {
        this.gateway = gateway;
        this.token = token;
        this.out = out;
        this.terminal = terminal;
        this.pollEvery = pollEvery;
        this.giveUpAfter = giveUpAfter;
    }

    public static void main(String[] args) {
        String gateway = "http://localhost:8080";
        String la = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gateway = args[++i];
                case "--la" -> la = args[++i];
                default -> files.add(Path.of(args[i]));
            }
        }
        String token = System.getenv("PERMANENCE_TOKEN");
        if (la == null || files.isEmpty() || token == null || token.isBlank()) {
            System.err.println("Usage: PERMANENCE_TOKEN=... Ssda903Import [--gateway URL] --la CODE FILE...");
            System.exit(2);
        }
        Ssda903Import command = new Ssda903Import(URI.create(gateway), token, System.out, System.console() != null,
                Duration.ofMillis(500), Duration.ofMinutes(30));
        try {
            System.exit(command.run(la, files));
        } catch (UncheckedIOException e) {
            System.err.println("import: " + e.getMessage() + " (" + e.getCause() + ")");
            System.exit(1);
        }
    }

    /** Uploads, follows and summarises one import; answers the exit code. */
    int run(String la, List<Path> files) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                out.println("import: " + file + " is not a file");
                return 2;
            }
        }
        out.printf("Uploading %d files of council %s ...%n", files.size(), la);
        HttpResponse<String> answer = send(upload(la, files));
        if (answer.statusCode() != 202) {
            out.println("The platform refused the upload (" + answer.statusCode() + "): " + problem(answer.body()));
            return 1;
        }
        String location = answer.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("the platform accepted the upload but gave no Location"));
        ImportStatus status = read(answer.body());
        long started = System.nanoTime();
        String shown = null;
        while (!status.finished()) {
            shown = progress(status, shown);
            if (System.nanoTime() - started > giveUpAfter.toNanos()) {
                out.printf("%nThe import %s is still %s after %d minutes; follow it at %s%n", status.importId(),
                        status.status(), giveUpAfter.toMinutes(), location);
                return 1;
            }
            sleep();
            HttpResponse<String> polled = send(authorised(gateway.resolve(location)).GET().build());
            if (polled.statusCode() != 200) {
                out.printf("%nThe import could not be followed at %s (%d): %s%n", location, polled.statusCode(),
                        problem(polled.body()));
                return 1;
            }
            status = read(polled.body());
        }
        progress(status, shown);
        if (terminal) {
            out.println();
        }
        summary(status, location, Duration.ofNanos(System.nanoTime() - started));
        return "DONE".equals(status.status()) ? 0 : 1;
    }

    /** A bar redrawn in place on a terminal; elsewhere a line whenever the status or counts change. */
    private String progress(ImportStatus status, String shown) {
        String counts = status.children() == 0 ? status.status()
                : String.format("%s %d of %d children", status.status(), status.childrenDone(), status.children());
        if (terminal) {
            int filled = status.children() == 0 ? 0 : BAR * status.childrenDone() / status.children();
            out.printf("\r[%s%s] %3d%% %s   ", "#".repeat(filled), " ".repeat(BAR - filled),
                    status.children() == 0 ? 0 : 100 * status.childrenDone() / status.children(), counts);
            out.flush();
        } else if (!counts.equals(shown)) {
            out.println(counts);
        }
        return counts;
    }

    private void summary(ImportStatus status, String location, Duration took) {
        out.printf("Import %s of council %s: %s in %.1f s%n", status.importId(), status.laCode(), status.status(),
                took.toMillis() / 1000.0);
        if (status.failure() != null) {
            out.println("  failed: " + status.failure());
        }
        out.printf("  children: %d (imported %d, refused %d, unchanged %d)%n", status.children(),
                status.childrenImported(), status.childrenRefused(), status.childrenUnchanged());
        out.printf("  events appended: %d; milestones already held: %d%n", status.eventsAppended(),
                status.milestonesAlreadyHeld());
        out.printf("  conflicts: %d; problems: %d%n", status.conflicts(), status.problems());
        out.printf("  report: GET %s/report (JSON; CSV with Accept: text/csv)%n", gateway.resolve(location));
    }

    private HttpRequest upload(String la, List<Path> files) {
        String boundary = "permanence-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Path file : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(file));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the files to upload", e);
        }
        return authorised(gateway.resolve("/api/imports/ssda903?la=" + la))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pollEvery.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ImportStatus read(String body) {
        return JSON.readValue(body, ImportStatus.class);
    }

    /** An RFC 9457 problem's detail and each wrong field, or the body as it came. */
    static String problem(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            StringBuilder text = new StringBuilder(problem.path("detail").asString(problem.path("title")
                    .asString(body)));
            for (JsonNode error : problem.path("errors")) {
                text.append("\n  ").append(error.path("field").asString()).append(": ")
                        .append(error.path("message").asString());
            }
            return text.toString();
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
