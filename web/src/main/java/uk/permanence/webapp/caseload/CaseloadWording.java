package uk.permanence.webapp.caseload;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.permanence.webapp.api.CaseloadAnswer;

/** The caseload filters' labels and hints, and the API's message for a filter it refused, as the page words them. */
@Component("caseloadWording")
public class CaseloadWording {

    private static final Map<String, String> LABELS = Map.of("reference", "Case reference", "team", "Team",
            "worker", "Social worker", "stage", "Stage", "overdue", "Overdue", "sort", "Sort", "page", "Page");
    private static final Map<String, String> HINTS = Map.of("reference", "All or part of it, for example DEMO-00",
            "team", "As allocated, for example north", "worker", "Their username, for example sw.ann");

    public String fieldLabel(String field) {
        return LABELS.getOrDefault(field, field);
    }

    public String hint(String field) {
        return HINTS.getOrDefault(field, "");
    }

    /** What the API said about this filter, or null. */
    public String error(CaseloadAnswer.Problem problem, String field) {
        if (problem == null || problem.errors() == null) {
            return null;
        }
        return problem.errors().stream().filter(error -> field.equals(error.field()))
                .map(error -> fieldLabel(field) + " " + error.message()).findFirst().orElse(null);
    }
}
