package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An RFC 9457 problem as the API answers a refusal: {@code errors} names each wrong field as the request named it;
 * {@code overridable} is true when only plausibility rules refused, which an {@code overrideReason} overrides.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      Boolean overridable) {

    /** A problem without {@code overridable} (every refusal but a rule's) cannot be overridden. */
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        overridable = Boolean.TRUE.equals(overridable);
    }

    /** A refusal whose body was not a problem (a proxy's, or none). */
    static Problem ofStatus(int status) {
        return new Problem(null, null, status, null, List.of(), false);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
