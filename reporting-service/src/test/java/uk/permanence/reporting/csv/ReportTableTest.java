package uk.permanence.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReportTableTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aFlatReportIsOneLine() {
        assertThat(ReportTable.of(json.readTree("""
                {"laCode": "825", "childrenInCare": 3, "scope": {"la": "825"}}""")))
                .containsExactly(List.of("laCode", "childrenInCare", "scope.la"), List.of("825", "3", "825"));
    }

    @Test
    void nestedPartsAreLinesNamedBySectionAndListItemsCarryTheirParentsFields() {
        List<List<String>> table = ReportTable.of(json.readTree("""
                {"from": "2024-04-01", "a1": {"mean": 500, "met": false},
                 "charts": [{"measure": "a1", "points": [{"month": "2025-01", "median": 10},
                                                          {"month": "2025-02", "median": null}]}]}"""));

        assertThat(table.get(0)).containsExactly("from", "section", "mean", "met", "measure", "charts.measure",
                "month", "median");
        assertThat(table.subList(1, table.size())).containsExactly(
                List.of("2024-04-01", "a1", "500", "false", "", "", "", ""),
                List.of("2024-04-01", "charts", "", "", "a1", "", "", ""),
                List.of("2024-04-01", "charts.points", "", "", "", "a1", "2025-01", "10"),
                List.of("2024-04-01", "charts.points", "", "", "", "a1", "2025-02", ""));
    }
}
