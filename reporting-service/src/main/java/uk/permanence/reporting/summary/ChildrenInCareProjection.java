package uk.permanence.reporting.summary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEndings;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.consumer.CaseEventProjection;

/** Knows which children are in each council's care. */
@Component
class ChildrenInCareProjection implements CaseEventProjection {

    private final JdbcClient jdbc;

    ChildrenInCareProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(CaseEventEnvelope envelope, CaseEvent event) {
        if (event instanceof ChildEnteredCare entered) {
            jdbc.sql("""
                    insert into child_in_care (case_id, la_code, entered_care_on) values (?, ?, ?)
                    on conflict (case_id) do update set la_code = excluded.la_code,
                                                        entered_care_on = excluded.entered_care_on""")
                    .params(entered.caseId(), entered.laCode(), entered.enteredCareOn())
                    .update();
        } else if (CaseEndings.isEnding(event)) {
            jdbc.sql("update child_in_care set left_care_on = ? where case_id = ?")
                    .params(event.occurredOn(), event.caseId())
                    .update();
        }
    }
}
