package uk.permanence.webapp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for the platform's API behind the gateway: it answers each path (with its query)
 * with the JSON it was given, 404 otherwise, and remembers every request's path and Authorization header.
 */
final class StubApi implements AutoCloseable {

    record Call(String pathAndQuery, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    StubApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            calls.add(new Call(target, exchange.getRequestHeaders().getFirst("Authorization")));
            accepts.put(target, String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            Answer answer = otherAnswers.get(target);
            String body = answer != null ? answer.body() : answers.get(target);
            byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer != null ? answer.contentType() : "application/json");
            exchange.sendResponseHeaders(answer != null ? answer.status() : body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    void answer(String pathAndQuery, String json) {
        answers.put(pathAndQuery, json);
    }

    List<Call> calls() {
        return calls;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // For the caseload's tests: answers other than 200 JSON, and what each request accepted.

    record Answer(int status, String contentType, String body) {
    }

    private final Map<String, Answer> otherAnswers = new ConcurrentHashMap<>();
    private final Map<String, String> accepts = new ConcurrentHashMap<>();

    void answer(String pathAndQuery, int status, String contentType, String body) {
        otherAnswers.put(pathAndQuery, new Answer(status, contentType, body));
    }

    String acceptOf(String pathAndQuery) {
        return accepts.get(pathAndQuery);
    }
}
