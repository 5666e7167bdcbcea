package uk.permanence.tracking.surgery;

import java.time.LocalDate;
import java.util.List;

/**
 * One child on the performance-surgery list: who by case reference (JSON only: the CSV keeps its columns), where the
 * case stands and what is overdue or due soon.
 */
public record SurgeryRow(
        String caseId,
        String caseReference,
        String laCode,
        String team,
        String socialWorker,
        String stage,
        Long daysAtStage,
        List<String> overdue,
        List<String> dueSoon,
        String nextRule,
        LocalDate nextDueOn,
        Long nextDaysLeft) {
}
