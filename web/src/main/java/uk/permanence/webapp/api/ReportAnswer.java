package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the API answered a report request: the report ({@code status} 200), or its refusal: 400 with the problem
 * naming each wrong field, 403 when the person's role may not see reports, 404 when the council or RAA is not theirs.
 */
public record ReportAnswer<T>(int status, T report, Problem problem) {

    public boolean ok() {
        return status == 200;
    }

    /** The API's RFC 9457 problem; {@code errors} names each wrong field. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String title, Integer status, String detail, List<FieldError> errors) {

        public List<FieldError> errors() {
            return errors == null ? List.of() : errors;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
