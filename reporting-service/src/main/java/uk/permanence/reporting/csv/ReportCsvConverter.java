package uk.permanence.reporting.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report as CSV with {@code Accept: text/csv}: the report's JSON laid out as one table (RFC 4180, UTF-8).
 * A cell a spreadsheet would run as a formula (a team name starting with {@code =}, say) is quoted with a
 * leading apostrophe.
 */
class ReportCsvConverter extends AbstractHttpMessageConverter<Object> {

        private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final JsonMapper json;

    ReportCsvConverter(JsonMapper json) {
        super(StandardCharsets.UTF_8, new MediaType("text", "csv"));
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Map.class.isAssignableFrom(type) || type.isRecord();
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("reports are not read from CSV", input);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(Object report, HttpOutputMessage output) throws IOException {
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        for (List<String> row : ReportTable.of(json.valueToTree(report))) {
            writer.write(row.stream().map(ReportCsvConverter::cell).collect(Collectors.joining(",")));
            writer.write("\r\n");
        }
        writer.flush();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()
                ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
