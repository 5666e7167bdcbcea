package uk.permanence.reporting.scorecard;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.events.consumer.PerCaseProjection;
import uk.permanence.journey.CaseJourney;

/**
 * Keeps each case's scorecard dates, recomputed from the case's whole history once per batch, so corrections and
 * voids change the measures they touch.
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
        CaseJourney journey = journal.journey(caseId);
        boolean adopted = journey.closed() && "adopted".equals(journey.closedBecause());
        jdbc.sql("""
                        insert into adoption_journey (case_id, la_code, entered_care_on, placement_order_on, matched_on,
                            placed_on, a10_stop_on, adopted_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id) do update set la_code = excluded.la_code,
                            entered_care_on = excluded.entered_care_on,
                            placement_order_on = excluded.placement_order_on, matched_on = excluded.matched_on,
                            placed_on = excluded.placed_on, a10_stop_on = excluded.a10_stop_on,
                            adopted_on = excluded.adopted_on""")
                .params(caseId, journey.laCode(), journey.enteredCareOn(), journey.placementOrderOn(),
                        journey.matchedOn(), journey.placedOn(),
                        journey.fosterPlacementStartedOn() != null ? journey.fosterPlacementStartedOn()
                                : journey.placedOn(),
                        adopted ? journey.closedOn() : null)
                .update();
    }
}
