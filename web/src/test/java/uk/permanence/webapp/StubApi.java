package uk.permanence.webapp;

import com.sun.net.httpserver.HttpHandler;
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
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, String> accepts = new ConcurrentHashMap<>();

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
            Reply reply = replies.get(target);
            if (reply != null) {
                reply.send(exchange);
                return;
            }
            String body = answers.get(target);
            byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
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

    /** Answers a path (with its query) with this status and body, a problem for instance. */
    void answer(String pathAndQuery, int status, String json) {
        answer(pathAndQuery, status, "application/json", json);
    }

    /** Hands every request under {@code path} to {@code handler} instead: a POST, its headers and its answer. */
    void handle(String path, HttpHandler handler) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException noneYet) {
            // the first handler for this path
        }
        server.createContext(path, handler);
    }

    /**
     * An answer with its own status and content type (a problem, a refusal, CSV); one that is not JSON is given
     * only to a request whose Accept header asks for its type, others get 406 as from the API.
     */
    void answer(String pathAndQuery, int status, String contentType, String body) {
        replies.put(pathAndQuery, new Reply(status, contentType, body));
    }

    private record Reply(int status, String contentType, String body) {

        void send(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
            String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
            boolean acceptable = contentType.contains("json") || accept.contains(contentType.split(";")[0]);
            byte[] bytes = (acceptable ? body : "{\"status\":406}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", acceptable ? contentType : "application/problem+json");
            exchange.sendResponseHeaders(acceptable ? status : 406, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** What the request for this path (with its query) said it accepts. */
    String acceptOf(String pathAndQuery) {
        return accepts.get(pathAndQuery);
    }
}
