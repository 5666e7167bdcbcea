package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.demo.region.RegionGenerator;

/**
 * A council's SSDA903 history imported through the gateway and the same years exported again give back its AD1 and
 * PlacedAdoption rows, in every column the platform holds; importing the same files again appends nothing.
 */
class Ssda903RoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COUNCIL = "826";
    /** Children adopted or placed, few enough that the shared platform's other tests barely notice them. */
    private static final int CHILDREN = 40;
    private static final Map<String, List<String>> COMPARED = Map.of(
            "ad1", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE"),
            "placed_for_adoption", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
                    "REASON_PLACED_CEASED"));
    private static final Map<String, String> EXPORT_TABLE = Map.of("ad1", "ad1",
            "placed_for_adoption", "placed-adoption");

    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    @Test
    void importingACouncilsReturnsAndExportingTheSameYearsGivesBackItsAd1AndPlacedAdoptionRows(@TempDir Path dir)
            throws Exception {
        List<Path> returns = RegionGenerator.generate(dir, LocalDate.now(), 11).returns().get(COUNCIL);
        Set<String> children = adoptedOrPlaced(returns);
        Map<String, String> files = new LinkedHashMap<>();
        for (Path file : returns) {
            files.put(file.getFileName().toString(), only(children, Files.readAllLines(file)));
        }
        String manager = platform.tokens().token(COUNCIL, "team-manager");

        JsonNode first = importToTheEnd(files, manager);
        String report = get("/api/imports/" + first.path("importId").asString() + "/report", manager,
                "application/json").body();
        assertThat(first.path("problems").asInt()).as(report).isZero();
        assertThat(first.path("childrenRefused").asInt()).as(report).isZero();
        assertThat(first.path("eventsAppended").asInt()).isPositive();

        for (var table : COMPARED.entrySet()) {
            for (var file : files.entrySet()) {
                if (!file.getKey().startsWith(table.getKey() + "_")) {
                    continue;
                }
                String year = file.getKey().substring(table.getKey().length() + 1, file.getKey().length() - 4);
                List<String> expected = project(Arrays.asList(file.getValue().split("\n")), table.getValue(),
                        children);
                eventually(Duration.ofSeconds(60), () -> assertThat(project(export(year,
                        EXPORT_TABLE.get(table.getKey()), manager), table.getValue(), children))
                        .as("%s of %s", table.getKey(), year)
                        .containsExactlyInAnyOrderElementsOf(expected));
            }
        }

        JsonNode again = importToTheEnd(files, manager);
        assertThat(again.path("eventsAppended").asInt()).as(again.toString()).isZero();
        assertThat(again.path("conflicts").asInt()).as(again.toString()).isZero();
    }

    private JsonNode importToTheEnd(Map<String, String> files, String token) throws Exception {
        HttpResponse<String> accepted = Ssda903Upload.post(http, platform.gatewayUrl(), COUNCIL, token, files);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode[] last = new JsonNode[1];
        eventually(Duration.ofSeconds(180), () -> {
            last[0] = JSON.readTree(get(location, token, "application/json").body());
            assertThat(last[0].path("status").asString()).isIn("DONE", "FAILED");
        });
        assertThat(last[0].path("status").asString()).as(last[0].toString()).isEqualTo("DONE");
        return last[0];
    }

    private List<String> export(String year, String table, String token) throws Exception {
        HttpResponse<String> response = get("/api/exports/ssda903?la=" + COUNCIL + "&year=" + year + "&table="
                + table, token, "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().lines().toList();
    }

    /** The children of the return with a decision to place for adoption or an adoption, at most {@link #CHILDREN}. */
    private static Set<String> adoptedOrPlaced(List<Path> returns) throws Exception {
        Set<String> children = new LinkedHashSet<>();
        for (Path file : returns) {
            String name = file.getFileName().toString();
            if (name.startsWith("ad1_") || name.startsWith("placed_for_adoption_")) {
                Files.readAllLines(file).stream().skip(1).map(line -> line.split(",", -1)[0])
                        .forEach(children::add);
            }
        }
        return children.stream().sorted().limit(CHILDREN).collect(java.util.stream.Collectors.toCollection(
                LinkedHashSet::new));
    }

    /** The file with only these children's rows (every table has CHILD first). */
    private static String only(Set<String> children, List<String> lines) {
        StringBuilder kept = new StringBuilder(lines.get(0)).append('\n');
        lines.stream().skip(1).filter(line -> children.contains(line.split(",", -1)[0]))
                .forEach(line -> kept.append(line).append('\n'));
        return kept.toString();
    }

    /** These children's rows, each cut to the named columns, as "a,b,c". */
    private static List<String> project(List<String> lines, List<String> columns, Set<String> children) {
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1))
                .filter(cells -> children.contains(cells[0]))
                .map(cells -> String.join(",", columns.stream().map(column -> cells[header.indexOf(column)])
                        .toList()))
                .toList();
    }

    private HttpResponse<String> get(String path, String token, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                        : platform.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
