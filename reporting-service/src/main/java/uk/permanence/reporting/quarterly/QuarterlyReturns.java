package uk.permanence.reporting.quarterly;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.ChildArrangementsOrderGranted;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildLeftCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.ReportedScope;

/** Reads the quarterly return's milestones from the read model, as known then, and counts them. */
@Component
class QuarterlyReturns {

    private static final List<Class<? extends CaseEvent>> ENDS_THE_WAIT = List.of(AdoptionOrderGranted.class,
            SpecialGuardianshipOrderGranted.class, ChildArrangementsOrderGranted.class, ChildReturnedHome.class,
            ChildLeftCare.class);
    /**
     * Whether a child is matched at a date is decided by the latest of these by then: a match, or a placement for
     * adoption (recorded without a match before the rule that a placement needs one), means matched; a disruption
     * means waiting again.
     */
    private static final List<Class<? extends CaseEvent>> MATCH_OR_DISRUPTION = List.of(ChildMatched.class,
            ChildPlacedForAdoption.class, AdoptivePlacementDisrupted.class);
    private static final List<Class<? extends CaseEvent>> ENDS_THE_ORDER = List.of(AdoptionPlanChanged.class,
            PlacementOrderRevoked.class);

    private final JdbcClient jdbc;

    QuarterlyReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    QuarterlyReturn of(ReportedScope shown, Set<String> scope, LocalDate from, AsKnown known) {
        LocalDate to = from.plusMonths(3).minusDays(1);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        known.bind(jdbc.sql("""
                        select la_code, type, count(*) as n from milestone_event e
                        where la_code in (:councils) and occurred_on between :from and :to and """ + known.rows("e")
                        + " group by la_code, type"))
                .param("councils", scope).param("from", from).param("to", to)
                .query((row, n) -> counts.computeIfAbsent(row.getString("la_code"), key -> new HashMap<>())
                        .put(row.getString("type"), row.getLong("n")))
                .list();
        return QuarterlyReturn.of(shown, known.at(), from, scope, counts, waiters(scope, to, known));
    }

    /**
     * Per council: children whose latest placement order by {@code end} is still in force then, whose case is still
     * open, and who are not matched then: never matched, or matched and placed but the placement disrupted with no
     * match since. Only the period of care in which that order was made counts: its entry is the latest before the
     * order, and whatever ended or matched an earlier period does not end this wait.
     */
    private List<QuarterlyReturn.Waiter> waiters(Set<String> scope, LocalDate end, AsKnown known) {
        String inEffect = known.rows("e");
        return known.bind(jdbc.sql("""
                        with ordered as (
                            select case_id, la_code, max(occurred_on) as order_on from milestone_event e
                            where type = :order and occurred_on <= :end and la_code in (:councils) and %1$s
                            group by case_id, la_code),
                        in_period as (
                            select o.case_id, o.la_code, o.order_on,
                                (select max(e.occurred_on) from milestone_event e where e.case_id = o.case_id
                                 and e.type = :entered and e.occurred_on <= o.order_on and %1$s) as entered_on
                            from ordered o)
                        select o.la_code, o.order_on, o.entered_on
                        from in_period o
                        where not exists (select 1 from milestone_event e where e.case_id = o.case_id
                                          and e.type in (:endsTheWait) and e.occurred_on <= :end
                                          and e.occurred_on >= coalesce(o.entered_on, o.order_on) and %1$s)
                          and not exists (select 1 from milestone_event e where e.case_id = o.case_id
                                          and e.type in (:endsTheOrder) and e.occurred_on between o.order_on and :end
                                          and %1$s)
                          and coalesce((select e.type from milestone_event e where e.case_id = o.case_id
                                        and e.type in (:matchOrDisruption) and e.occurred_on <= :end
                                        and e.occurred_on >= coalesce(o.entered_on, o.order_on) and %1$s
                                        order by e.occurred_on desc, e.sequence desc limit 1), :disrupted)
                              = :disrupted""".formatted(inEffect)))
                .param("order", CaseEventTypes.wireNameOf(PlacementOrderGranted.class))
                .param("entered", CaseEventTypes.wireNameOf(ChildEnteredCare.class))
                .param("endsTheWait", ENDS_THE_WAIT.stream().map(CaseEventTypes::wireNameOf).toList())
                .param("endsTheOrder", ENDS_THE_ORDER.stream().map(CaseEventTypes::wireNameOf).toList())
                .param("matchOrDisruption", MATCH_OR_DISRUPTION.stream().map(CaseEventTypes::wireNameOf).toList())
                .param("disrupted", CaseEventTypes.wireNameOf(AdoptivePlacementDisrupted.class))
                .param("end", end).param("councils", scope)
                .query(QuarterlyReturn.Waiter.class).list();
    }
}
