package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code GET /api/cases}: one page of the cases the caller may see. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CasePage(List<Listed> items, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listed(String caseId, String laCode, String caseReference) {
    }
}
