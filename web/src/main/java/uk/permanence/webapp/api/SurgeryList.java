package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/surgery}: a page of the tracking meeting's list, most urgent first; {@code total} and
 * {@code withOverdue} count the whole list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurgeryList(List<Row> items, int page, int size, long total, long withOverdue) {

    /**
     * One child: what is overdue and due soon (rules), the next deadline that is not a notice, the actions agreed and
     * still open, and the alerts acknowledged (set apart from overdue and due soon until their review date).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String caseId, String caseReference, String laCode, String team, String socialWorker, String stage, Long daysAtStage,
                      List<String> overdue, List<String> dueSoon, String nextRule, LocalDate nextDueOn,
                      Long nextDaysLeft, List<AgreedAction> actions, List<AcknowledgedAlert> acknowledged) {

        public Row {
            actions = actions == null ? List.of() : actions;
            acknowledged = acknowledged == null ? List.of() : acknowledged;
        }
    }
}
