package uk.permanence.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for the services: it answers {@code {}}, with the correlation id it was sent as
 * the services do, and remembers what reached it. While {@link #holdAlerts()} is in force, {@code /api/alerts} calls
 * are held unanswered until {@link #releaseAlerts()}.
 */
final class RecordingBackend implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> lastHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private volatile CountDownLatch alertsReleased = new CountDownLatch(0);

    RecordingBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            synchronized (lastHeaders) {
                lastHeaders.clear();
                exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name, values.get(0)));
            }
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            if (exchange.getRequestURI().getPath().startsWith("/api/alerts")) {
                held.incrementAndGet();
                try {
                    alertsReleased.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    held.decrementAndGet();
                }
            }
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
            if (correlationId != null) {
                exchange.getResponseHeaders().add("X-Correlation-Id", correlationId);
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(handlers);
        server.start();
    }

    void holdAlerts() {
        alertsReleased = new CountDownLatch(1);
    }

    void releaseAlerts() {
        alertsReleased.countDown();
    }

    int held() {
        return held.get();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    Map<String, String> lastHeaders() {
        synchronized (lastHeaders) {
            Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(lastHeaders);
            return copy;
        }
    }

    int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        releaseAlerts();
        server.stop(0);
        handlers.shutdownNow();
    }
}
