package uk.permanence.reporting.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer that is a table already, written as CSV exactly as it is: its columns in their order, then its rows (a
 * statutory return's layout, which must not be laid out as a report is by {@link ReportTable}). A null cell is
 * blank.
 */
public record CsvTable(List<String> columns, List<List<String>> rows) {

    List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(columns);
        lines.addAll(rows);
        return lines;
    }
}
