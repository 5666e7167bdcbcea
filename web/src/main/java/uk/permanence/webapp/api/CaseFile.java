package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/cases/{id}}: the case file, or for a VAA the case shared with it, which has no history, workers,
 * plan or sharing ({@link #sharedView()}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseFile(String caseId, String laCode, String caseReference, long version, String stage,
                       String permanencePlan, LocalDate expectedDateOfBirth, LocalDate dateOfBirth,
                       LocalDate enteredCareOn, LocalDate placementOrderOn, LocalDate matchedOn, LocalDate placedOn,
                       String socialWorker, String team, String familyFinder, Set<String> sharedWithVaas,
                       List<Entry> events, List<AgreedAction> actions) {

    public CaseFile {
        actions = actions == null ? List.of() : actions;
    }

    /** What a VAA sees: the API answers it without the case's history. */
    public boolean sharedView() {
        return events == null;
    }

    /** One recorded event; {@code status} is {@code in-effect}, {@code voided} or {@code correction}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String eventId, long sequence, String type, LocalDate occurredOn, Instant recordedAt,
                        String recordedBy, String overrideReason, String status) {
    }
}
