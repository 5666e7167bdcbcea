package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The councils a report covers, as every report echoes them: one council ({@code la}), or an RAA's members then. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportScope(String la, String raa, List<String> councils) {

    public List<String> councils() {
        return councils == null ? List.of() : councils;
    }
}
