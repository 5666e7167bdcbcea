package uk.permanence.tracking.timeliness;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.consumer.CaseEventProjection;

/** Keeps each case's clock start dates from its events. */
@Component
class TimelinessProjection implements CaseEventProjection {

    private final JdbcClient jdbc;

    TimelinessProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(CaseEventEnvelope envelope, CaseEvent event) {
        if (event instanceof ChildEnteredCare entered) {
            jdbc.sql("""
                    insert into case_timeliness (case_id, la_code, entered_care_on) values (?, ?, ?)
                    on conflict (case_id) do update set la_code = excluded.la_code,
                                                        entered_care_on = excluded.entered_care_on""")
                    .params(entered.caseId(), entered.laCode(), entered.enteredCareOn())
                    .update();
        }
    }
}
