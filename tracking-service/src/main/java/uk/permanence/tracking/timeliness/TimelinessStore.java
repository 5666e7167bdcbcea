package uk.permanence.tracking.timeliness;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import uk.permanence.journey.CaseJourney;
import uk.permanence.tracking.deadlines.Deadline;
import uk.permanence.journey.LivingWithAdopters;

/** Writes cases' timeliness rows and their open deadlines. */
@Component
public class TimelinessStore {

    private final NamedParameterJdbcTemplate jdbc;

    TimelinessStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes these cases' timeliness rows, with the next of their open deadlines, in one batch. */
    public void save(Map<String, CaseJourney> journeys, Map<String, List<Deadline>> deadlines) {
        jdbc.batchUpdate("""
                        insert into case_timeliness (case_id, la_code, team, social_worker, family_finder, stage,
                            stage_since, permanence_plan, entered_care_on, adoption_decision_on, placement_order_on,
                            matched_on, placed_on, living_with_adopters_since, closed_on, case_reference,
                            date_of_birth, expected_date_of_birth, next_rule, next_due_on)
                        values (:caseId, :la, :team, :worker, :finder, :stage, :stageSince, :plan, :entered, :adm,
                            :order, :matched, :placed, :livingWithAdopters, :closed, :reference, :born,
                            :expectedBirth, :nextRule, :nextDueOn)
                        on conflict (case_id) do update set la_code = excluded.la_code, team = excluded.team,
                            social_worker = excluded.social_worker, family_finder = excluded.family_finder,
                            stage = excluded.stage, stage_since = excluded.stage_since,
                            permanence_plan = excluded.permanence_plan, entered_care_on = excluded.entered_care_on,
                            adoption_decision_on = excluded.adoption_decision_on,
                            placement_order_on = excluded.placement_order_on, matched_on = excluded.matched_on,
                            placed_on = excluded.placed_on,
                            living_with_adopters_since = excluded.living_with_adopters_since,
                            closed_on = excluded.closed_on, case_reference = excluded.case_reference,
                            date_of_birth = excluded.date_of_birth,
                            expected_date_of_birth = excluded.expected_date_of_birth,
                            next_rule = excluded.next_rule, next_due_on = excluded.next_due_on""",
                journeys.entrySet().stream().map(entry -> row(entry.getKey(), entry.getValue(),
                                deadlines.getOrDefault(entry.getKey(), List.of())))
                        .toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource row(String caseId, CaseJourney journey, List<Deadline> deadlines) {
        // a notice is the earliest date something may be done: never the next deadline
        Deadline next = deadlines.stream().filter(deadline -> !deadline.rule().notice())
                .min(Comparator.comparing(Deadline::dueOn)).orElse(null);
        return new MapSqlParameterSource()
                .addValue("caseId", caseId)
                .addValue("la", journey.laCode())
                .addValue("team", journey.team())
                .addValue("worker", journey.socialWorker())
                .addValue("finder", journey.familyFinder())
                .addValue("stage", journey.stage().name())
                .addValue("stageSince", journey.stageSince())
                .addValue("plan", journey.permanencePlan() == null ? null : journey.permanencePlan().name())
                .addValue("entered", journey.enteredCareOn())
                .addValue("adm", journey.adoptionDecisionOn())
                .addValue("order", journey.placementOrderInForce() ? journey.placementOrderOn() : null)
                .addValue("matched", journey.matchedOn())
                .addValue("placed", journey.placedForAdoption() || journey.closed() ? journey.placedOn() : null)
                .addValue("livingWithAdopters", LivingWithAdopters.since(journey))
                .addValue("closed", journey.closedOn())
                .addValue("reference", journey.caseReference())
                .addValue("born", journey.dateOfBirth())
                .addValue("expectedBirth", journey.dateOfBirth() == null ? journey.expectedDateOfBirth() : null)
                .addValue("nextRule", next == null ? null : next.rule().name())
                .addValue("nextDueOn", next == null ? null : next.dueOn());
    }

    /** Replaces these cases' open deadlines, in two statements whatever their number. */
    public void replaceDeadlines(Map<String, List<Deadline>> deadlines) {
        jdbc.getJdbcTemplate().update("delete from case_deadline where case_id = any(?)",
                (Object) deadlines.keySet().toArray(String[]::new));
        List<Map.Entry<String, Deadline>> rows = deadlines.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(deadline -> Map.entry(entry.getKey(), deadline)))
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.getJdbcTemplate().update("insert into case_deadline (case_id, rule, kind, started_on, due_on) "
                        + "select * from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), "
                        + "cast(? as date[]), cast(? as date[]))",
                rows.stream().map(Map.Entry::getKey).toArray(String[]::new),
                rows.stream().map(row -> row.getValue().rule().name()).toArray(String[]::new),
                rows.stream().map(row -> row.getValue().kind().name()).toArray(String[]::new),
                rows.stream().map(row -> iso(row.getValue().startedOn())).toArray(String[]::new),
                rows.stream().map(row -> iso(row.getValue().dueOn())).toArray(String[]::new));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
