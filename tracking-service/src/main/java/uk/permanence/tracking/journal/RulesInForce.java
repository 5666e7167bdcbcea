package uk.permanence.tracking.journal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.tracking.deadlines.DeadlineEngine;

/**
 * Stored deadlines were derived under the rules in force then. When the rules change (a new version of the rules
 * table, other configured timescales or local targets, or new national thresholds coming into force), every case in
 * the journal is recomputed once, its alerts synced to the new deadlines: an alert raised under the old rules is
 * cleared or raised again as the new ones say.
 */
@Component
public class RulesInForce {

    private static final Logger log = LoggerFactory.getLogger(RulesInForce.class);
    private static final int CASES_PER_TRANSACTION = 200;
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final CaseJournal journal;
    private final TrackedCases cases;
    private final DeadlineEngine deadlines;
    private final TransactionTemplate transaction;

    RulesInForce(JdbcClient jdbc, CaseJournal journal, TrackedCases cases, DeadlineEngine deadlines,
                 TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.cases = cases;
        this.deadlines = deadlines;
        this.transaction = transaction;
    }

    /** Recomputes every case if the rules in force on this date are not those the cases were computed under. */
    public void recomputeIfChanged(LocalDate date) {
        String rules = deadlines.rulesInForce(date);
        String applied = jdbc.sql("select rules from rules_in_force").query(String.class).optional().orElse(null);
        if (rules.equals(applied)) {
            return;
        }
        List<String> caseIds = journal.caseIds();
        log.info("Rules changed from [{}] to [{}]: recomputing {} cases", applied, rules, caseIds.size());
        for (int from = 0; from < caseIds.size(); from += CASES_PER_TRANSACTION) {
            recompute(caseIds.subList(from, Math.min(caseIds.size(), from + CASES_PER_TRANSACTION)));
        }
        jdbc.sql("""
                        insert into rules_in_force (singleton, rules, applied_at) values (true, ?, now())
                        on conflict (singleton) do update set rules = excluded.rules, applied_at = excluded.applied_at""")
                .param(rules).update();
    }

    /**
     * A projection depends on the day and on other children's stage durations, not only on the case's own events:
     * each day every open case on an adoption plan is recomputed, so its projected alerts are raised or cleared.
     */
    public void reprojectAdoptionPlans() {
        List<String> caseIds = jdbc.sql("select case_id from case_timeliness where closed_on is null "
                + "and permanence_plan = 'ADOPTION' order by case_id").query(String.class).list();
        for (int from = 0; from < caseIds.size(); from += CASES_PER_TRANSACTION) {
            recompute(caseIds.subList(from, Math.min(caseIds.size(), from + CASES_PER_TRANSACTION)));
        }
    }

    /** The consumer may recompute the same cases meanwhile; a deadlock between the two is retried, not fatal. */
    private void recompute(List<String> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> cases.recompute(journal.histories(chunk)));
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
