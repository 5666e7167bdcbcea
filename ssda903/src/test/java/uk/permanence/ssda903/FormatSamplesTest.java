package uk.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.permanence.ssda903.journey.Derived;
import uk.permanence.ssda903.journey.JourneyDerivation;
import uk.permanence.ssda903.tables.ReturnTables;
import uk.permanence.ssda903.tables.Table;

/**
 * The public format samples (random fake rows, see their PROVENANCE.md): every table recognised by its columns,
 * every row read, and the rows that are not consistent histories reported, not guessed: each PlacedAdoption row
 * holds the invalid reason XXX.
 */
class FormatSamplesTest {

    private static final List<String> FILES = List.of("header.csv", "episodes.csv", "reviews.csv", "ad1.csv",
            "placed_for_adoption.csv");

    @Test
    void theSamplesTablesAreRecognisedAndTheirInconsistentAdoptionRowsAreReportedWithTheDfeRule() throws IOException {
        ReturnTables tables = new ReturnTables();
        Map<String, Table> recognised = new TreeMap<>();
        for (String file : FILES) {
            try (Reader csv = new InputStreamReader(getClass().getResourceAsStream("/ssda903-format-samples/" + file),
                    StandardCharsets.UTF_8)) {
                recognised.put(file, tables.read(file, "2024-25", csv).orElseThrow());
            }
        }

        assertThat(recognised).containsEntry("header.csv", Table.HEADER).containsEntry("episodes.csv", Table.EPISODES)
                .containsEntry("reviews.csv", Table.REVIEWS).containsEntry("ad1.csv", Table.AD1)
                .containsEntry("placed_for_adoption.csv", Table.PLACED_ADOPTION);
        assertThat(tables.children()).hasSize(2675);
        assertThat(tables.episodes()).hasSize(5050);
        assertThat(tables.adoptions()).hasSize(29);
        Derived derived = JourneyDerivation.derive(tables);

        Set<String> reversedForNoReason = tables.decisions().stream()
                .filter(row -> row.ceasedOn() != null && "XXX".equals(row.reasonCeased()))
                .map(row -> row.child()).collect(Collectors.toSet());
        assertThat(reversedForNoReason).hasSize(29);
        assertThat(derived.problems()).filteredOn(problem -> "120".equals(problem.rule())).extracting(Problem::child)
                .containsExactlyInAnyOrderElementsOf(reversedForNoReason);
        assertThat(derived.refusedChildren()).containsAll(reversedForNoReason);
        assertThat(derived.journeys()).extracting(journey -> journey.child())
                .doesNotContainAnyElementsOf(derived.refusedChildren());
        Set<String> everyChild = new java.util.HashSet<>();
        tables.children().forEach(row -> everyChild.add(row.child()));
        tables.episodes().forEach(row -> everyChild.add(row.child()));
        tables.reviews().forEach(row -> everyChild.add(row.child()));
        tables.adoptions().forEach(row -> everyChild.add(row.child()));
        tables.decisions().forEach(row -> everyChild.add(row.child()));
        assertThat(derived.journeys().size() + derived.refusedChildren().size()).isEqualTo(everyChild.size());
        assertThat(derived.journeys().size()).isGreaterThan(everyChild.size() / 2);
        assertThat(derived.problems()).allSatisfy(problem -> {
            assertThat(problem.source()).isNotNull();
            assertThat(problem.message()).isNotBlank();
        });
    }
}
