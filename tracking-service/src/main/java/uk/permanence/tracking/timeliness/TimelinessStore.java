package uk.permanence.tracking.timeliness;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.journey.CaseJourney;
import uk.permanence.tracking.deadlines.Deadline;

/** Writes a case's timeliness row and its open deadlines. */
@Component
public class TimelinessStore {

    private final JdbcClient jdbc;

    TimelinessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String caseId, CaseJourney journey) {
        jdbc.sql("""
                        insert into case_timeliness (case_id, la_code, team, social_worker, family_finder, stage,
                            stage_since, permanence_plan, entered_care_on, adoption_decision_on, placement_order_on,
                            matched_on, placed_on, foster_placement_started_on, closed_on)
                        values (:caseId, :la, :team, :worker, :finder, :stage, :stageSince, :plan, :entered, :adm,
                            :order, :matched, :placed, :foster, :closed)
                        on conflict (case_id) do update set la_code = excluded.la_code, team = excluded.team,
                            social_worker = excluded.social_worker, family_finder = excluded.family_finder,
                            stage = excluded.stage, stage_since = excluded.stage_since,
                            permanence_plan = excluded.permanence_plan, entered_care_on = excluded.entered_care_on,
                            adoption_decision_on = excluded.adoption_decision_on,
                            placement_order_on = excluded.placement_order_on, matched_on = excluded.matched_on,
                            placed_on = excluded.placed_on,
                            foster_placement_started_on = excluded.foster_placement_started_on,
                            closed_on = excluded.closed_on""")
                .param("caseId", caseId)
                .param("la", journey.laCode())
                .param("team", journey.team())
                .param("worker", journey.socialWorker())
                .param("finder", journey.familyFinder())
                .param("stage", journey.stage().name())
                .param("stageSince", journey.stageSince())
                .param("plan", journey.permanencePlan() == null ? null : journey.permanencePlan().name())
                .param("entered", journey.enteredCareOn())
                .param("adm", journey.adoptionDecisionOn())
                .param("order", journey.placementOrderInForce() ? journey.placementOrderOn() : null)
                .param("matched", journey.matchedOn())
                .param("placed", journey.placedForAdoption() || journey.closed() ? journey.placedOn() : null)
                .param("foster", journey.fosterPlacementStartedOn())
                .param("closed", journey.closedOn())
                .update();
    }

    public void replaceDeadlines(String caseId, List<Deadline> deadlines) {
        jdbc.sql("delete from case_deadline where case_id = ?").param(caseId).update();
        if (deadlines.isEmpty()) {
            return;
        }
        jdbc.sql("insert into case_deadline (case_id, rule, kind, started_on, due_on) select ?, * from unnest("
                        + "cast(? as varchar[]), cast(? as varchar[]), cast(? as date[]), cast(? as date[]))")
                .params(caseId,
                        deadlines.stream().map(deadline -> deadline.rule().name()).toArray(String[]::new),
                        deadlines.stream().map(deadline -> deadline.kind().name()).toArray(String[]::new),
                        deadlines.stream().map(deadline -> iso(deadline.startedOn())).toArray(String[]::new),
                        deadlines.stream().map(deadline -> iso(deadline.dueOn())).toArray(String[]::new))
                .update();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
