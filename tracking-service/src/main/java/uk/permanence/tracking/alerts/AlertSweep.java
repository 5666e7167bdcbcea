package uk.permanence.tracking.alerts;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.tracking.Today;
import uk.permanence.tracking.deadlines.TrackingRules;
import uk.permanence.tracking.journal.RulesInForce;

/**
 * Raises and escalates alerts as days pass, even when no event arrives. Between events a case's alerts can only
 * change when the date does (every rule is a number of days), so the clock is checked every few seconds and, once
 * per new date (and once at start), every case whose deadlines have come within their window or that has open
 * alerts is synced. Events keep their own cases current in between. When the rules themselves have changed, every
 * case is first recomputed under the new ones; every case on an adoption plan is recomputed too, its projection
 * moving with the day.
 */
@Component
public class AlertSweep {

    /** Enough to make a sweep of a national caseload a few hundred statements, few enough to hold locks briefly. */
    private static final int CASES_PER_TRANSACTION = 200;

    private final JdbcClient jdbc;
    private final AlertSync alerts;
    private final TrackingRules rules;
    private final TransactionTemplate transaction;
    private final Today today;
    private final RulesInForce rulesInForce;

    AlertSweep(JdbcClient jdbc, AlertSync alerts, TrackingRules rules, TransactionTemplate transaction,
               Today today, RulesInForce rulesInForce) {
        this.jdbc = jdbc;
        this.rulesInForce = rulesInForce;
        this.alerts = alerts;
        this.rules = rules;
        this.transaction = transaction;
        this.today = today;
    }

    private volatile LocalDate sweptFor;

    @Scheduled(fixedDelayString = "${tracking.sweep-interval}")
    void onTheClock() {
        if (!today.date().equals(sweptFor)) {
            sweep();
        }
    }

    public void sweep() {
        LocalDate date = today.date();
        rulesInForce.recomputeIfChanged(date);
        rulesInForce.reprojectAdoptionPlans();
        int widestWindow = rules.leadDaysOfEveryRule().values().stream().reduce(0, Math::max);
        List<String> cases = jdbc.sql("""
                        select case_id from case_deadline where due_on <= ?
                        union select case_id from alert where status = 'open'""")
                .param(date.plusDays(widestWindow))
                .query(String.class).list();
        for (int from = 0; from < cases.size(); from += CASES_PER_TRANSACTION) {
            List<String> chunk = cases.subList(from, Math.min(cases.size(), from + CASES_PER_TRANSACTION));
            transaction.executeWithoutResult(status -> alerts.sync(chunk, date));
        }
        sweptFor = date;
    }
}
