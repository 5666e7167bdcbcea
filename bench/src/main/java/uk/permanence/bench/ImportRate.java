package uk.permanence.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.demo.region.RegionGenerator;

/**
 * The SSDA903 import's rate: the demo region's five councils generated for today (seven years of history, about
 * 2,000 children), each child's id made unique to this run so that every child is new to the platform, then each
 * council's return uploaded straight to case-service ({@code POST /api/imports/ssda903}) and followed until done, one
 * council after another. The rate is the events appended divided by the import's own time (from its start to its
 * finish as case-service records them: reading, checking, deciding and appending); the wall time from the first
 * upload to the last answer is printed too.
 * <p>
 * {@code java ... ImportRate CASE_SERVICE_URL TOKEN} (a team manager of the five councils); prints one JSON line.
 */
public final class ImportRate {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CHILD_ID = Pattern.compile("\\b(BUC|MK|OXF|BF|RDG)-(\\d+)\\b");

    private ImportRate() {
    }

    record CouncilImport(String laCode, int children, int eventsAppended, int refused, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        URI caseService = URI.create(args[0]);
        String token = args[1];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Path folder = Files.createTempDirectory("import-rate");
        RegionGenerator.Region region = RegionGenerator.generate(folder, LocalDate.now(), System.nanoTime());
        String run = Long.toString(System.currentTimeMillis() % 2_176_782_336L, 36);
        List<CouncilImport> imports = new ArrayList<>();
        long began = System.nanoTime();
        for (Map.Entry<String, List<Path>> council : region.returns().entrySet()) {
            imports.add(importCouncil(http, caseService, token, council.getKey(), council.getValue(), run));
        }
        double wallSeconds = (System.nanoTime() - began) / 1e9;
        int children = imports.stream().mapToInt(CouncilImport::children).sum();
        int events = imports.stream().mapToInt(CouncilImport::eventsAppended).sum();
        int refused = imports.stream().mapToInt(CouncilImport::refused).sum();
        double seconds = imports.stream().mapToDouble(CouncilImport::seconds).sum();
        System.out.printf(Locale.ROOT, "{\"councils\": %d, \"children\": %d, \"childrenRefused\": %d, "
                        + "\"eventsAppended\": %d, \"importSeconds\": %.2f, \"wallSeconds\": %.2f, "
                        + "\"eventsPerSecond\": %.0f, \"childrenPerSecond\": %.0f}%n", imports.size(), children,
                refused, events, seconds, wallSeconds, events / seconds, children / seconds);
    }

    private static CouncilImport importCouncil(HttpClient http, URI caseService, String token, String laCode,
                                               List<Path> files, String run) throws IOException, InterruptedException {
        String boundary = "import-rate-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            String content = CHILD_ID.matcher(Files.readString(file)).replaceAll("$1-$2-" + run);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                        caseService.resolve("/api/imports/ssda903?la=" + laCode))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("council " + laCode + ": the upload was refused (" + accepted.statusCode()
                    + "): " + accepted.body());
        }
        URI location = caseService.resolve(accepted.headers().firstValue("Location").orElseThrow());
        JsonNode status = JSON.readTree(accepted.body());
        while (!status.path("status").asString().equals("DONE")) {
            if (status.path("status").asString().equals("FAILED")) {
                throw new IllegalStateException("council " + laCode + ": the import failed: " + status);
            }
            Thread.sleep(100);
            status = JSON.readTree(http.send(HttpRequest.newBuilder(location)
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        double seconds = Duration.between(Instant.parse(status.path("startedAt").asString()),
                Instant.parse(status.path("finishedAt").asString())).toNanos() / 1e9;
        return new CouncilImport(laCode, status.path("children").asInt(), status.path("eventsAppended").asInt(),
                status.path("childrenRefused").asInt(), seconds);
    }
}
