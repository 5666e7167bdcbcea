package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/caseload}: a page of the caller's open cases as the caseload shows them, and how many match. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseloadPage(List<Child> items, int page, int size, long total) {

    /** One child: {@code overdue} names the rules overdue today; {@code nextDaysLeft} is negative once overdue. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Child(String caseId, String caseReference, String laCode, LocalDate dateOfBirth,
                        LocalDate expectedDateOfBirth, String stage, Long daysAtStage, String permanencePlan,
                        String team, String socialWorker, String familyFinder, String nextRule, LocalDate nextDueOn,
                        Long nextDaysLeft, List<String> overdue) {
    }
}
