package uk.permanence.demo.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's import against a small HTTP server on a free port that answers as the import API does. */
class Ssda903ImportTest {

    @TempDir
    Path folder;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Deque<String> states = new ArrayDeque<>();
    private volatile String uploaded;
    private volatile int uploadStatus = 202;
    private volatile String uploadAnswer;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void startTheServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/imports/ssda903", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            uploaded = exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (uploadStatus == 202) {
                exchange.getResponseHeaders().add("Location", "/api/imports/7d1c");
            }
            answer(exchange, uploadStatus, uploadAnswer);
        });
        server.createContext("/api/imports/7d1c", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, 200, states.size() > 1 ? states.poll() : states.peek());
        });
        server.start();
    }

    @AfterEach
    void stopTheServer() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status < 300 ? "application/json"
                : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String state(String status, int children, int imported, int refused, int unchanged, int events,
                                String failure) {
        return """
                {"importId":"7d1c","laCode":"825","status":"%s","files":[{"name":"episodes_2024-25.csv"}],
                 "children":%d,"childrenImported":%d,"childrenRefused":%d,"childrenUnchanged":%d,
                 "eventsAppended":%d,"milestonesAlreadyHeld":2,"conflicts":1,"problems":3,
                 "startedAt":"2026-12-03T11:00:00Z","finishedAt":null%s}"""
                .formatted(status, children, imported, refused, unchanged, events,
                        failure == null ? "" : ",\"failure\":\"" + failure + "\"");
    }

    private int run(boolean terminal, Path... files) {
        Ssda903Import command = new Ssda903Import(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "t0ken", new PrintStream(printed, true, StandardCharsets.UTF_8), terminal, Duration.ofMillis(10),
                Duration.ofSeconds(20));
        return command.run("825", List.of(files));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void uploadsEveryFileFollowsTheImportToDoneAndSummarises() throws IOException {
        uploadAnswer = state("QUEUED", 0, 0, 0, 0, 0, null);
        states.addAll(List.of(state("VALIDATING", 10, 0, 0, 0, 0, null), state("IMPORTING", 10, 3, 1, 0, 40, null),
                state("IMPORTING", 10, 7, 1, 1, 90, null), state("DONE", 10, 8, 1, 1, 120, null)));

        int exit = run(false, file("header_2024-25.csv", "CHILD,SEX,DOB,ETHNIC\n"),
                file("episodes_2024-25.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"));

        assertThat(exit).isZero();
        assertThat(requests.get(0)).isEqualTo("POST /api/imports/ssda903?la=825 Bearer t0ken");
        assertThat(requests).last().isEqualTo("GET /api/imports/7d1c Bearer t0ken");
        assertThat(uploaded).startsWith("multipart/form-data; boundary=")
                .contains("name=\"files\"; filename=\"header_2024-25.csv\"", "CHILD,SEX,DOB,ETHNIC",
                        "name=\"files\"; filename=\"episodes_2024-25.csv\"", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC");
        assertThat(printed()).contains("QUEUED\n", "VALIDATING 0 of 10 children\n", "IMPORTING 4 of 10 children\n",
                "IMPORTING 9 of 10 children\n", "DONE 10 of 10 children\n",
                "Import 7d1c of council 825: DONE",
                "children: 10 (imported 8, refused 1, unchanged 1)",
                "events appended: 120; milestones already held: 2",
                "conflicts: 1; problems: 3",
                "report: GET http://127.0.0.1:" + server.getAddress().getPort() + "/api/imports/7d1c/report");
        assertThat(printed()).doesNotContain("\r");
    }

    @Test
    void onATerminalTheProgressIsOneBarRedrawn() throws IOException {
        uploadAnswer = state("QUEUED", 0, 0, 0, 0, 0, null);
        states.addAll(List.of(state("IMPORTING", 4, 2, 0, 0, 10, null), state("DONE", 4, 4, 0, 0, 20, null)));

        assertThat(run(true, file("header_2024-25.csv", "CHILD,SEX,DOB,ETHNIC\n"))).isZero();

        assertThat(printed()).contains("\r[###############               ]  50% IMPORTING 2 of 4 children",
                "\r[##############################] 100% DONE 4 of 4 children");
    }

    @Test
    void aFailedImportExitsNonZeroAndSaysWhy() throws IOException {
        uploadAnswer = state("QUEUED", 0, 0, 0, 0, 0, null);
        states.addAll(List.of(state("IMPORTING", 10, 3, 0, 0, 40, null),
                state("FAILED", 10, 3, 0, 0, 40, "the event store refused the batch")));

        int exit = run(false, file("episodes_2024-25.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"));

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("Import 7d1c of council 825: FAILED",
                "failed: the event store refused the batch", "children: 10 (imported 3, refused 0, unchanged 0)");
    }

    @Test
    void anUploadTheApiRefusesExitsNonZeroNamingEachWrongField() throws IOException {
        uploadStatus = 400;
        uploadAnswer = """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"The upload is not an import.",
                 "errors":[{"field":"files","message":"notes.csv: its name gives no collection year (such as 2024-25)"}]}""";

        int exit = run(false, file("notes.csv", "CHILD,SEX,DOB,ETHNIC\n"));

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("The platform refused the upload (400): The upload is not an import.",
                "files: notes.csv: its name gives no collection year (such as 2024-25)");
        assertThat(requests).hasSize(1);
    }
}
