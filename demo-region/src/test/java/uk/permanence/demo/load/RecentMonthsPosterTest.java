package uk.permanence.demo.load;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent months posted to a small HTTP server on a free port, each call with its council's token and key. */
class RecentMonthsPosterTest {

    @TempDir
    Path folder;

    @Test
    void eachCallGoesWithItsCouncilsTokenAndKeyRetriedWhenRateLimitedAndARefusalIsKeptWithTheProblem() throws IOException {
        List<String> received = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean limited = new java.util.concurrent.atomic.AtomicBoolean();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/cases", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " " + body);
            if (!limited.getAndSet(true)) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                exchange.sendResponseHeaders(429, -1);
                exchange.close();
                return;
            }
            int status = exchange.getRequestURI().getPath().endsWith("/match") ? 422
                    : exchange.getRequestURI().getPath().endsWith("/reviews") ? 409 : 201;
            byte[] answer = (status == 422 ? "{\"detail\":\"The case has no adoption decision.\"}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        try {
            Path calls = Files.writeString(folder.resolve("recent-months.jsonl"), """
                    {"la":"825","on":"2026-10-01","path":"/api/cases","idempotencyKey":"k1","body":{"laCode":"825"}}
                    {"la":"931","on":"2026-10-02","path":"/api/cases/c2/reviews","idempotencyKey":"k2","body":{"kind":"FIRST"}}
                    {"la":"931","on":"2026-10-03","path":"/api/cases/c2/match","idempotencyKey":"k3","body":{"matchedOn":"2026-10-03"}}
                    """);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            RecentMonthsPoster poster = new RecentMonthsPoster(URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort()), Map.of("825", "token-825", "931", "token-931")::get,
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            RecentMonthsPoster.Outcome outcome = poster.post(calls);

            assertThat(outcome).isEqualTo(new RecentMonthsPoster.Outcome(1, 1, 1));
            assertThat(received).containsExactly(
                    "/api/cases Bearer token-825 k1 {\"laCode\":\"825\"}",
                    "/api/cases Bearer token-825 k1 {\"laCode\":\"825\"}",
                    "/api/cases/c2/reviews Bearer token-931 k2 {\"kind\":\"FIRST\"}",
                    "/api/cases/c2/match Bearer token-931 k3 {\"matchedOn\":\"2026-10-03\"}");
            assertThat(Files.readString(folder.resolve("recent-months-refused.jsonl")))
                    .contains("\"path\":\"/api/cases/c2/match\"", "\"status\":422",
                            "\"problem\":\"The case has no adoption decision.\"");
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("1 calls of the recent months recorded, "
                    + "1 already there, 1 refused");
        } finally {
            server.stop(0);
        }
    }
}
