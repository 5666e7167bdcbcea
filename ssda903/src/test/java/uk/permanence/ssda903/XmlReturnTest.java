package uk.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.permanence.ssda903.journey.ChildJourney;
import uk.permanence.ssda903.journey.Derived;
import uk.permanence.ssda903.journey.JourneyDerivation;
import uk.permanence.ssda903.tables.ReturnTables;
import uk.permanence.ssda903.tables.Table;

/**
 * The XML return (EXPSSDA903) read through the same entry point as the CSV set. {@code expssda903.xml} is the format
 * samples' CSV rows of 300 children (the 29 in the adoption tables and the first 271 other Header children) written
 * out as the XML return, every value of every column in its element (CHILD as CHILDID, PLACE as PL), blanks as empty
 * elements: the journeys derived from it must be those the CSV set gives the same children.
 */
class XmlReturnTest {

    private static final List<String> CSV_FILES = List.of("header.csv", "episodes.csv", "reviews.csv", "ad1.csv",
            "placed_for_adoption.csv");

    private static Reader sample(String file) {
        return new InputStreamReader(XmlReturnTest.class.getResourceAsStream("/ssda903-format-samples/" + file),
                StandardCharsets.UTF_8);
    }

    /** A journey without the file and line of each milestone, which differ between the two forms. */
    private static String written(ChildJourney journey) {
        return journey.child() + " " + journey.dateOfBirth() + " " + journey.sex() + " " + journey.ethnicity() + " "
                + journey.milestones().stream().map(m -> m.kind() + " " + m.on() + " " + m.code()).toList();
    }

    @Test
    void theXmlFormOfTheSampleChildrenDerivesTheSameJourneysAsTheirCsvRows() throws IOException {
        ReturnTables xml = new ReturnTables();
        try (Reader file = sample("expssda903.xml")) {
            assertThat(xml.read("expssda903.xml", "2024-25", file)).contains(Table.HEADER);
        }
        ReturnTables csv = new ReturnTables();
        for (String name : CSV_FILES) {
            try (Reader file = sample(name)) {
                csv.read(name, "2024-25", file);
            }
        }
        Set<String> children = xml.children().stream().map(row -> row.child()).collect(Collectors.toSet());
        Derived fromXml = JourneyDerivation.derive(xml);
        Derived fromCsv = JourneyDerivation.derive(csv);

        assertThat(children).hasSize(300);
        assertThat(xml.problems()).isEmpty();
        assertThat(xml.episodes()).hasSize((int) csv.episodes().stream().filter(row -> children.contains(row.child()))
                .count()).isNotEmpty();
        assertThat(xml.reviews()).hasSize((int) csv.reviews().stream().filter(row -> children.contains(row.child()))
                .count());
        assertThat(xml.adoptions()).hasSize(29);
        assertThat(xml.decisions()).hasSize(29);
        Map<String, String> xmlJourneys = fromXml.journeys().stream()
                .collect(Collectors.toMap(ChildJourney::child, XmlReturnTest::written));
        Map<String, String> csvJourneys = fromCsv.journeys().stream().filter(j -> children.contains(j.child()))
                .collect(Collectors.toMap(ChildJourney::child, XmlReturnTest::written));
        assertThat(xmlJourneys).hasSizeGreaterThan(150).isEqualTo(csvJourneys);
        assertThat(fromXml.refusedChildren()).isEqualTo(fromCsv.refusedChildren().stream()
                .filter(children::contains).toList());
        assertThat(fromXml.problems().stream().map(Problem::rule).collect(Collectors.toSet()))
                .isEqualTo(fromCsv.problems().stream().filter(p -> children.contains(p.child()))
                        .map(Problem::rule).collect(Collectors.toSet()));
    }

    @Test
    void eachTableNestedInAChildBecomesItsRowsUnderTheCsvColumnNamesWithTheLineOfItsElement() {
        ReturnTables tables = new ReturnTables();
        String xml = """
                \uFEFF
                <EXPSSDA903>
                  <!-- blank lines and a byte-order mark before the markup are skipped, and counted -->
                  <CHILD>
                    <HEADER>
                      <CHILDID>101</CHILDID><SEX>1</SEX><DOB>15/03/2021</DOB><ETHNIC>WBRI</ETHNIC>
                      <DATE_INT>01/04/2022</DATE_INT><DATE_MATCH>01/12/2022</DATE_MATCH><FOSTER_CARE>0</FOSTER_CARE>
                      <AREVIEW><REVIEW>20/02/2022</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
                      <OC2><SDQ_SCORE>12</SDQ_SCORE></OC2>
                      <AD_PLACED><DATE_PLACED>01/04/2022</DATE_PLACED><DATE_PLACED_CEASED/><REASON_PLACED_CEASED/></AD_PLACED>
                    </HEADER>
                    <EPISODE><DECOM>01/02/2022</DECOM><RNE>S</RNE><LS>C2</LS><PL>U1</PL><DEC>10/01/2023</DEC><REC>X1</REC></EPISODE>
                    <EPISODE><DECOM>10/01/2023</DECOM><RNE>P</RNE><LS>E1</LS><PL>A5</PL><DEC>15/09/2023</DEC><REC>E11</REC></EPISODE>
                  </CHILD>
                  <CHILD>
                    <HEADER><CHILDID>102</CHILDID><SEX>2</SEX><DOB>31/02/2020</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
                  </CHILD>
                </EXPSSDA903>
                """;

        assertThat(tables.read("return.xml", "2023-24", new StringReader(xml))).contains(Table.HEADER);

        assertThat(tables.children()).extracting(row -> row.child() + " " + row.sex() + " " + row.dateOfBirth() + " "
                + row.ethnicity() + " " + row.source()).containsExactly("101 1 2021-03-15 WBRI return.xml line 5",
                "102 2 null WBRI return.xml line 16");
        assertThat(tables.adoptions()).extracting(row -> row.child() + " " + row.decidedOn() + " " + row.matchedOn()
                + " " + row.fosterCare()).containsExactly("101 2022-04-01 2022-12-01 0");
        assertThat(tables.reviews()).extracting(row -> row.child() + " " + row.heldOn() + " " + row.source().line())
                .containsExactly("101 2022-02-20 8");
        assertThat(tables.decisions()).extracting(row -> row.child() + " " + row.decidedOn() + " " + row.ceasedOn()
                + " " + row.reasonCeased()).containsExactly("101 2022-04-01 null null");
        assertThat(tables.episodes()).extracting(row -> row.child() + " " + row.started() + " " + row.legalStatus()
                + " " + row.placement() + " " + row.ended() + " " + row.reasonEnded() + " " + row.source().line())
                .containsExactly("101 2022-02-01 C2 U1 2023-01-10 X1 12", "101 2023-01-10 E1 A5 2023-09-15 E11 13");
        assertThat(tables.episodes()).allSatisfy(row -> assertThat(row.source().collectionYear()).isEqualTo("2023-24"));
        assertThat(tables.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.child()).isEqualTo("102");
            assertThat(problem.field()).isEqualTo("DOB");
        });
    }

    @Test
    void aDocumentTypeIsRefusedSoNoExternalEntityIsEverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "S3CRET");
        ReturnTables tables = new ReturnTables();
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE EXPSSDA903 [<!ENTITY secret SYSTEM "%s">]>
                <EXPSSDA903><CHILD><HEADER><CHILDID>&secret;</CHILDID></HEADER></CHILD></EXPSSDA903>
                """.formatted(secret.toUri());

        tables.read("evil.xml", "2023-24", new StringReader(xml));

        assertThat(tables.children()).isEmpty();
        assertThat(tables.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.child()).isNull();
            assertThat(problem.source()).hasToString("evil.xml line 2");
            assertThat(problem.message()).contains("DOCTYPE").doesNotContain("S3CRET");
        });
    }

    @Test
    void anXmlFileThatIsCutShortOrIsNotTheReturnKeepsNoneOfItsRows() {
        ReturnTables tables = new ReturnTables();

        tables.read("cut.xml", "2023-24", new StringReader("""
                <EXPSSDA903>
                  <CHILD><HEADER><CHILDID>101</CHILDID><DOB>15/03/2021</DOB></HEADER></CHILD>
                  <CHILD><HEADER><CHILDID>102</CHILDID>
                """));
        tables.read("other.xml", "2023-24", new StringReader("<CINCENSUS><CHILD/></CINCENSUS>"));

        assertThat(tables.children()).isEmpty();
        assertThat(tables.problems()).extracting(problem -> problem.source().file())
                .containsExactly("cut.xml", "other.xml");
        assertThat(tables.problems().get(1).message()).contains("<CINCENSUS>", "<EXPSSDA903>");
    }
}
