package uk.permanence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\t=1", "\r=1"})
    void aCellThatASpreadsheetWouldRunIsWrittenAsText(String attack) {
        String csv = SafeCsv.of(List.of(List.of("team"), List.of(attack)));

        String cell = parse(csv).get(1).get(0);
        assertThat(cell).isEqualTo("'" + attack);
    }

    @Test
    void numbersDatesAndOrdinaryTextAreWrittenAsTheyAre() {
        String csv = SafeCsv.of(List.of(List.of("n", "when", "team"), Arrays.asList(-42, "2026-03-31", null),
                List.of("-1.5", "1e-3", "North & West")));

        assertThat(csv).isEqualTo("n,when,team\r\n-42,2026-03-31,\r\n-1.5,1e-3,North & West\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Asks() {
        List<String> cells = List.of("Team A, North", "say \"hi\"", "two\nlines", "=x,\"y\"");

        String csv = SafeCsv.of(List.of(cells));

        assertThat(csv).startsWith("\"Team A, North\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=x,\"\"y\"\"\"\r\n");
        assertThat(parse(csv).get(0).toList()).containsExactly("Team A, North", "say \"hi\"", "two\nlines",
                "'=x,\"y\"");
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
