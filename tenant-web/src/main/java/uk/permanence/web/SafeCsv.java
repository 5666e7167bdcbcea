package uk.permanence.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of every service: RFC 4180 (CRLF, quoted only where needed), and no cell that a spreadsheet
 * would run as a formula. A cell starting with {@code = + - @}, a tab or a carriage return (a team named
 * {@code =HYPERLINK(...)}, say) gets a leading apostrophe, unless it is a plain number such as {@code -42}.
 */
public final class SafeCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCsv() {
    }

    /** The rows (the header first) as CSV; a null cell is empty, anything else is written as its text. */
    public static String of(List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        write(csv, rows);
        return csv.toString();
    }

    /** Writes the rows (the header first) as CSV to {@code out}. */
    public static void write(Appendable out, Iterable<? extends List<?>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SafeCsv::cell));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell's text, with a leading apostrophe if a spreadsheet would otherwise take it as a formula. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !(value instanceof Number) && !NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }
}
