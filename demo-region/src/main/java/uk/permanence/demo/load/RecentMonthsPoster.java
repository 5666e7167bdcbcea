package uk.permanence.demo.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the demo region's recent months through the API, as the councils' people would: each line of
 * recent-months.jsonl is one POST by the council's team manager, with its idempotency key, so that running it again
 * records nothing twice. A call answered 409 (the case or milestone is already there) counts as done; any other
 * refusal is written, with the platform's problem, to a file beside it.
 * <p>
 * {@code PERMANENCE_TOKEN_825=... RecentMonthsPoster [--gateway URL] recent-months.jsonl}: one token per council in
 * the environment.
 */
public final class RecentMonthsPoster {

    /** What the calls came to. */
    record Outcome(int recorded, int alreadyThere, int refused) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI gateway;
    private final Function<String, String> tokenOf;
    private final PrintStream out;

    RecentMonthsPoster(URI gateway, Function<String, String> tokenOf, PrintStream out) {
        this.gateway = gateway;
        this.tokenOf = tokenOf;
        this.out = out;
    }

    public static void main(String[] args) {
        String gateway = "http://localhost:8080";
        Path calls = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--gateway")) {
                gateway = args[++i];
            } else {
                calls = Path.of(args[i]);
            }
        }
        if (calls == null) {
            System.err.println("Usage: PERMANENCE_TOKEN_<la>=... RecentMonthsPoster [--gateway URL] CALLS.jsonl");
            System.exit(2);
        }
        Map<String, String> environment = System.getenv();
        Outcome outcome = new RecentMonthsPoster(URI.create(gateway), la -> environment.get("PERMANENCE_TOKEN_" + la),
                System.out).post(calls);
        System.exit(outcome.refused() == 0 ? 0 : 1);
    }

    Outcome post(Path calls) {
        Path refusedFile = calls.resolveSibling(calls.getFileName().toString().replace(".jsonl", "") + "-refused.jsonl");
        int recorded = 0;
        int alreadyThere = 0;
        int refused = 0;
        try (BufferedReader lines = Files.newBufferedReader(calls, StandardCharsets.UTF_8);
             Writer refusals = Files.newBufferedWriter(refusedFile, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode call = Ssda903Import.JSON.readTree(line);
                String la = call.path("la").asString();
                String token = tokenOf.apply(la);
                if (token == null) {
                    throw new IllegalStateException("no token for council " + la);
                }
                HttpResponse<String> answer = sendWhenLet(HttpRequest.newBuilder(gateway.resolve(call.path("path")
                                .asString()))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", call.path("idempotencyKey").asString())
                        .POST(HttpRequest.BodyPublishers.ofString(call.path("body").toString())).build());
                int status = answer.statusCode();
                if (status == 200 || status == 201) {
                    recorded++;
                } else if (status == 409) {
                    alreadyThere++;
                } else {
                    refused++;
                    ObjectNode refusal = ((ObjectNode) call).put("status", status)
                            .put("problem", Ssda903Import.problem(answer.body()));
                    refusals.write(refusal.toString());
                    refusals.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + calls + " or write " + refusedFile, e);
        }
        out.printf("  %d calls of the recent months recorded, %d already there, %d refused%s%n", recorded,
                alreadyThere, refused, refused == 0 ? "" : " (each with the platform's answer in " + refusedFile + ")");
        return new Outcome(recorded, alreadyThere, refused);
    }

    /**
     * Sends the call, and again after the Retry-After the platform gives when it answers 429 (the gateway's rate
     * per client) or 503 (busy), a few times; the idempotency key makes a repeat safe.
     */
    private HttpResponse<String> sendWhenLet(HttpRequest request) {
        HttpResponse<String> answer = send(request);
        for (int attempt = 1; attempt < 6 && (answer.statusCode() == 429 || answer.statusCode() == 503); attempt++) {
            long seconds = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            try {
                Thread.sleep(Math.min(seconds, 30) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            answer = send(request);
        }
        return answer;
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
}
