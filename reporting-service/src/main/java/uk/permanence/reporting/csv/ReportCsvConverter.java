package uk.permanence.reporting.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.web.SafeCsv;

/**
 * Every report (a record) as CSV with {@code Accept: text/csv}: the report's JSON laid out as one table (RFC 4180,
 * UTF-8), or a {@link CsvTable} as it is. The one place any answer of this service becomes CSV.
 * Written by the platform's one CSV writer, {@link SafeCsv}, which keeps any cell from running as a formula.
 */
class ReportCsvConverter extends AbstractHttpMessageConverter<Object> {

    private final JsonMapper json;

    ReportCsvConverter(JsonMapper json) {
        super(StandardCharsets.UTF_8, new MediaType("text", "csv"));
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type.isRecord();
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
        SafeCsv.write(writer, report instanceof CsvTable table ? table.lines()
                : ReportTable.of(json.valueToTree(report)));
        writer.flush();
    }
}
