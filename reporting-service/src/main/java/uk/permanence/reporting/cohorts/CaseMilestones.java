package uk.permanence.reporting.cohorts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;

/** One child's milestones in effect, in legal-date order, as the read model holds them. */
record CaseMilestones(String caseId, List<Milestone> milestones) {

    record Milestone(String type, LocalDate on, String detail, String decidedBy) {
    }

    CaseMilestones {
        milestones = milestones.stream().sorted(Comparator.comparing(Milestone::on)).toList();
    }

    Optional<Milestone> first(Class<? extends CaseEvent> type) {
        return all(type).stream().findFirst();
    }

    Optional<Milestone> firstOnOrAfter(Class<? extends CaseEvent> type, LocalDate date) {
        return all(type).stream().filter(milestone -> !milestone.on().isBefore(date)).findFirst();
    }

    List<Milestone> all(Class<? extends CaseEvent> type) {
        String wireName = CaseEventTypes.wireNameOf(type);
        return milestones.stream().filter(milestone -> milestone.type().equals(wireName)).toList();
    }
}
