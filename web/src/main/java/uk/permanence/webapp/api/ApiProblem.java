package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API refused a request the page made from what the person chose (RFC 9457 problem): its {@code detail} and
 * each wrong field, for the page's error summary.
 */
public final class ApiProblem extends RuntimeException {

    private final Body body;

    ApiProblem(Body body) {
        super(body.detail());
        this.body = body;
    }

    public String detail() {
        return body.detail() == null ? "The request could not be answered" : body.detail();
    }

    /** Each wrong field's message, in the API's order. */
    public Map<String, String> errors() {
        Map<String, String> byField = new LinkedHashMap<>();
        if (body.errors() != null) {
            body.errors().forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        }
        return byField;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(String detail, List<FieldError> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldError(String field, String message) {
    }
}
