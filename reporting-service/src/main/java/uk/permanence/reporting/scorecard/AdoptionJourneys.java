package uk.permanence.reporting.scorecard;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.ChildCharacteristicsRecorded;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.SiblingLinked;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.events.consumer.PerCaseProjection;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * Keeps each case's scorecard dates and split characteristics, recomputed from the case's whole history once per
 * batch, so corrections and voids change the measures they touch.
 */
@Component
class AdoptionJourneys extends PerCaseProjection {

    private final CaseJournal journal;
    private final JdbcClient jdbc;

    AdoptionJourneys(CaseJournal journal, JdbcClient jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("adoption_journey");
    }

    @Override
    public void recompute(String caseId) {
        List<RecordedCaseEvent> history = journal.history(caseId);
        List<RecordedCaseEvent> effective = CaseJourney.effective(history);
        CaseJourney journey = CaseJourney.of(history);
        boolean adopted = journey.closed() && "adopted".equals(journey.closedBecause());
        Optional<ChildCharacteristicsRecorded> characteristics = effective.stream()
                .map(RecordedCaseEvent::event).filter(ChildCharacteristicsRecorded.class::isInstance)
                .map(ChildCharacteristicsRecorded.class::cast).reduce((earlier, later) -> later);
        boolean siblingGroup = characteristics.map(ChildCharacteristicsRecorded::siblingGroup).orElse(false)
                || effective.stream().anyMatch(recorded -> recorded.event() instanceof SiblingLinked);
        boolean earlyPermanence = effective.stream()
                .anyMatch(recorded -> recorded.event() instanceof EarlyPermanencePlacementStarted);
        jdbc.sql("""
                        insert into adoption_journey (case_id, la_code, entered_care_on, placement_order_on, matched_on,
                            placed_on, a10_stop_on, adopted_on, date_of_birth, sibling_group, disability,
                            ethnicity_group, early_permanence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id) do update set la_code = excluded.la_code,
                            entered_care_on = excluded.entered_care_on,
                            placement_order_on = excluded.placement_order_on, matched_on = excluded.matched_on,
                            placed_on = excluded.placed_on, a10_stop_on = excluded.a10_stop_on,
                            adopted_on = excluded.adopted_on, date_of_birth = excluded.date_of_birth,
                            sibling_group = excluded.sibling_group, disability = excluded.disability,
                            ethnicity_group = excluded.ethnicity_group, early_permanence = excluded.early_permanence""")
                .params(caseId, journey.laCode(), journey.enteredCareOn(), journey.placementOrderOn(),
                        journey.matchedOn(), journey.placedOn(),
                        journey.fosterPlacementStartedOn() != null ? journey.fosterPlacementStartedOn()
                                : journey.placedOn(),
                        adopted ? journey.closedOn() : null, journey.dateOfBirth(), siblingGroup,
                        characteristics.map(ChildCharacteristicsRecorded::disability).orElse(false),
                        characteristics.map(recorded -> recorded.ethnicityGroup().name()).orElse(null),
                        earlyPermanence)
                .update();
    }
}
