package uk.permanence.reporting.summary;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.events.consumer.PerCaseProjection;
import uk.permanence.journey.CaseJourney;

/** Knows which children are in each council's care, recomputed from each case's history. */
@Component
class ChildrenInCareProjection extends PerCaseProjection {

    private final CaseJournal journal;
    private final JdbcClient jdbc;

    ChildrenInCareProjection(CaseJournal journal, JdbcClient jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("child_in_care");
    }

    @Override
    public void recompute(String caseId) {
        CaseJourney journey = journal.journey(caseId);
        if (journey.enteredCareOn() == null) {
            jdbc.sql("delete from child_in_care where case_id = ?").param(caseId).update();
            return;
        }
        jdbc.sql("""
                insert into child_in_care (case_id, la_code, entered_care_on, left_care_on) values (?, ?, ?, ?)
                on conflict (case_id) do update set la_code = excluded.la_code,
                    entered_care_on = excluded.entered_care_on, left_care_on = excluded.left_care_on""")
                .params(caseId, journey.laCode(), journey.enteredCareOn(), journey.closedOn())
                .update();
    }
}
