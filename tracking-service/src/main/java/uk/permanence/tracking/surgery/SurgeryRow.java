package uk.permanence.tracking.surgery;

import java.time.LocalDate;
import java.util.List;
import uk.permanence.tracking.meeting.Acknowledgement;
import uk.permanence.tracking.meeting.OpenAction;

/**
 * One child on the performance-surgery list, the tracking meeting's agenda: who by case reference (JSON only: the CSV
 * keeps its first columns), where the case stands, what is overdue or due soon (the urgent block: an alert a team
 * manager acknowledged is left out of it until its review date and listed in {@code acknowledged} instead), and the
 * actions agreed for the child that are still open, overdue ones marked.
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
        Long nextDaysLeft,
        String familyFinder,
        List<OpenAction> actions,
        List<Acknowledgement> acknowledged) {

    long overdueActions() {
        return actions.stream().filter(OpenAction::overdue).count();
    }
}
