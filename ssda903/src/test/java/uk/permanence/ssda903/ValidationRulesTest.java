package uk.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.ssda903.JourneyDerivationTest.AD1;
import static uk.permanence.ssda903.JourneyDerivationTest.EPISODES;
import static uk.permanence.ssda903.JourneyDerivationTest.HEADER;
import static uk.permanence.ssda903.JourneyDerivationTest.PLACED;

import java.io.StringReader;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.permanence.ssda903.journey.Derived;
import uk.permanence.ssda903.journey.JourneyDerivation;
import uk.permanence.ssda903.tables.ReturnTables;

/**
 * The DfE's validation rules that bear on the journey, each broken on its own by child 201 beside child 101 whose
 * rows are sound: the report names the rule, the file, line and field, and only the sound child imports.
 */
class ValidationRulesTest {

    private static final Map<String, String> SOUND = Map.of(
            "header", HEADER + "101,1,15/03/2021,WBRI,,,\n",
            "episodes", EPISODES + "101,01/02/2022,S,C2,N1,U1,PR1,,,,,,\n");

    static Stream<Arguments> brokenChildren() {
        String header = "201,1,01/01/2020,WBRI,,,\n";
        return Stream.of(
                Arguments.of("1003", "placed.csv", "DATE_PLACED", Map.of(
                        "episodes", "201,01/06/2022,S,C2,N1,U1,PR1,,,,,,\n",
                        "placed", "201,01/01/2020,01/03/2022,,\n")),
                Arguments.of("333", "ad1.csv", "DATE_INT", Map.of(
                        "episodes", "201,01/02/2022,S,E1,N1,A6,PR1,,,,,,\n",
                        "ad1", "201,01/01/2020,01/06/2022,01/05/2022,0,2,MF,L0\n",
                        "placed", "201,01/01/2020,01/06/2022,,\n")),
                Arguments.of("334", "ad1.csv", "DATE_INT", Map.of(
                        "episodes", "201,01/02/2020,S,C2,N1,U1,PR1,01/02/2021,E13,,,,\n"
                                + "201,01/02/2022,S,E1,N1,A6,PR1,,,,,,\n",
                        "ad1", "201,01/01/2020,01/06/2020,01/05/2022,0,2,MF,L0\n")),
                Arguments.of("331", "ad1.csv", "DATE_MATCH", Map.of(
                        "episodes", "201,01/02/2022,S,E1,N1,U1,PR1,01/05/2022,X1,,,,\n"
                                + "201,01/05/2022,P,E1,N1,A6,PR1,,,,,,\n",
                        "ad1", "201,01/01/2020,01/03/2022,01/06/2022,0,2,MF,L0\n",
                        "placed", "201,01/01/2020,01/03/2022,,\n")),
                Arguments.of("521", "ad1.csv", "DATE_INT", Map.of(
                        "episodes", "201,01/02/2022,S,E1,N1,U1,PR1,01/05/2022,X1,,,,\n"
                                + "201,01/05/2022,P,E1,N1,A6,PR1,,,,,,\n",
                        "ad1", "201,01/01/2020,01/06/2022,01/06/2022,0,2,MF,L0\n")),
                Arguments.of("523", "ad1.csv", "DATE_INT", Map.of(
                        "episodes", "201,01/02/2022,S,E1,N1,U1,PR1,,,,,,\n",
                        "ad1", "201,01/01/2020,01/03/2022,01/06/2022,0,2,MF,L0\n",
                        "placed", "201,01/01/2020,02/03/2022,,\n")),
                Arguments.of("551", "episodes.csv", "DATE_PLACED", Map.of(
                        "episodes", "201,01/02/2022,S,C2,N1,A4,PR1,,,,,,\n")),
                Arguments.of("553", "episodes.csv", "DATE_PLACED", Map.of(
                        "episodes", "201,01/02/2022,S,E1,N1,U1,PR1,,,,,,\n")),
                Arguments.of("555", "episodes.csv", "DATE_PLACED", Map.of(
                        "episodes", "201,01/02/2022,S,D1,N1,U1,PR1,,,,,,\n")),
                Arguments.of("408", "episodes.csv", "LS", Map.of(
                        "episodes", "201,01/02/2022,S,C2,N1,A6,PR1,,,,,,\n",
                        "placed", "201,01/01/2020,01/03/2022,,\n")),
                Arguments.of("557", "placed.csv", "DATE_PLACED_CEASED", Map.of(
                        "episodes", "201,01/02/2022,S,C2,N1,U1,PR1,01/12/2022,E4A,,,,\n",
                        "placed", "201,01/01/2020,01/03/2022,,\n")),
                Arguments.of("558", "placed.csv", "DATE_PLACED_CEASED", Map.of(
                        "episodes", "201,01/02/2022,S,E1,N1,A6,PR1,01/12/2022,E11,,,,\n",
                        "placed", "201,01/01/2020,01/01/2022,01/06/2022,RD4\n")),
                Arguments.of("119", "placed.csv", "REASON_PLACED_CEASED", Map.of(
                        "episodes", "201,01/02/2022,S,C2,N1,U1,PR1,,,,,,\n",
                        "placed", "201,01/01/2020,01/03/2022,01/06/2022,\n")),
                Arguments.of("120", "placed.csv", "REASON_PLACED_CEASED", Map.of(
                        "episodes", "201,01/02/2022,S,C2,N1,U1,PR1,,,,,,\n",
                        "placed", "201,01/01/2020,01/03/2022,01/06/2022,XXX\n")),
                Arguments.of("563", "placed.csv", "DATE_PLACED", Map.of(
                        "episodes", "201,01/02/2022,S,C2,N1,U1,PR1,,,,,,\n",
                        "placed", "201,01/01/2020,,01/06/2022,RD1\n")),
                Arguments.of("141", "episodes.csv", "DECOM", Map.of(
                        "episodes", "201,,S,C2,N1,U1,PR1,,,,,,\n")))
                .map(arguments -> {
                    Object[] values = arguments.get();
                    @SuppressWarnings("unchecked")
                    Map<String, String> rows = new java.util.HashMap<>((Map<String, String>) values[3]);
                    rows.putIfAbsent("header", header);
                    return Arguments.of(values[0], values[1], values[2], rows);
                });
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("brokenChildren")
    void aChildBreakingTheRuleIsReportedAndImportsNothingWhileTheOthersImport(String rule, String file, String field,
                                                                              Map<String, String> rows) {
        ReturnTables tables = new ReturnTables();
        read(tables, "header", HEADER, rows);
        read(tables, "episodes", EPISODES, rows);
        read(tables, "ad1", AD1, rows);
        read(tables, "placed", PLACED, rows);

        Derived derived = JourneyDerivation.derive(tables);

        assertThat(derived.problems()).as("problems").anySatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo(rule);
            assertThat(problem.child()).isEqualTo("201");
            assertThat(problem.source().file()).isEqualTo(file);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).isNotBlank();
        });
        assertThat(derived.problems()).extracting(Problem::child).containsOnly("201");
        assertThat(derived.refusedChildren()).containsExactly("201");
        assertThat(derived.journeys()).extracting(journey -> journey.child()).containsExactly("101");
    }

    @Test
    void aDateNotWrittenDdMmYyyyAndAnAdoptionRowOfNoKnownChildAreReported() {
        ReturnTables tables = new ReturnTables();
        tables.read("header.csv", "2023-24", new StringReader(HEADER + "201,1,2020-01-01,WBRI,,,\n"));
        tables.read("ad1.csv", "2023-24", new StringReader(AD1 + "999,01/01/2020,01/03/2022,01/06/2022,0,2,MF,L0\n"));

        Derived derived = JourneyDerivation.derive(tables);

        assertThat(derived.problems()).anySatisfy(problem -> {
            assertThat(problem.child()).isEqualTo("201");
            assertThat(problem.field()).isEqualTo("DOB");
            assertThat(problem.message()).contains("2020-01-01", "dd/mm/yyyy");
        }).anySatisfy(problem -> {
            assertThat(problem.child()).isEqualTo("999");
            assertThat(problem.message()).contains("no Header or Episodes");
        });
        assertThat(derived.journeys()).isEmpty();
    }

    private static void read(ReturnTables tables, String table, String header, Map<String, String> rows) {
        String sound = SOUND.getOrDefault(table, "");
        String body = sound.isEmpty() ? header : sound;
        tables.read(table + ".csv", "2023-24", new StringReader(body + rows.getOrDefault(table, "")));
    }
}
