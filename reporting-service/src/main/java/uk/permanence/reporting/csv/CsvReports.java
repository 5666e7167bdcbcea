package uk.permanence.reporting.csv;

import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds the CSV converter after the JSON one, so that JSON stays the answer to a request without an Accept header
 * (a converter bean would be put first).
 */
@Component
class CsvReports implements WebMvcConfigurer {

    private final JsonMapper json;

    CsvReports(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> list.add(new ReportCsvConverter(json)));
    }
}
