package uk.permanence.webapp.milestone;

import java.util.List;

/**
 * A milestone the API records at {@code POST /api/cases/{caseId}/{path}} as the event {@code event} (its wire
 * name): what the page calls it, which part of the journey it belongs to, and the fields of its request body
 * ({@code overrideReason} and {@code newOccurrence}, which every milestone takes, are offered when a refusal calls
 * for them).
 */
public record Milestone(String path, String event, String name, String group, String hint, List<Field> fields) {

    public Milestone {
        fields = List.copyOf(fields);
    }

    /** The notification banner's words on the child's page once it is recorded: "Placement order recorded". */
    public String recorded() {
        return name + " recorded";
    }
}
