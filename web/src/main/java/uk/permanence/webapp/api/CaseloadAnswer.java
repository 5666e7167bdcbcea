package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The caseload's answer: a page, or the API's 400 problem naming each filter it refused. */
public record CaseloadAnswer(CaseloadPage page, Problem problem) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String detail, List<FieldError> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
