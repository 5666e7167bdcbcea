package uk.permanence.tracking.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * One child as a caseload (and a tracking meeting's agenda) shows them: who by case reference, how old, where on the
 * journey and for how long, who works with them, the next deadline and what is overdue (statutory and threshold
 * deadlines, never notices). {@code ageYears} and {@code daysAtStage} are as of today; both null where they do not
 * apply yet (a child not yet born, a stage with no date).
 */
public record CaseloadRow(
        String caseId,
        String caseReference,
        String laCode,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        Integer ageYears,
        String stage,
        LocalDate stageSince,
        Long daysAtStage,
        String permanencePlan,
        String team,
        String socialWorker,
        String familyFinder,
        String nextRule,
        LocalDate nextDueOn,
        Long nextDaysLeft,
        List<String> overdue) {
}
