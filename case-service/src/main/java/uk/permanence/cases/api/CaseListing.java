package uk.permanence.cases.api;

import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseSharedWithVaa;
import uk.permanence.events.CaseUnsharedFromVaa;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.UnbornChildTracked;

/**
 * Keeps the list of cases, and of the VAAs each is shared with, for {@code GET /api/cases}: a subscribing
 * processor, so in the same transaction as the events. Idempotent.
 */
@Component
@ProcessingGroup("case-listing")
class CaseListing {

    private final JdbcClient jdbc;

    CaseListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChildEnteredCare event) {
        list(event.caseId(), event.laCode(), event.caseReference(), event.enteredCareOn());
    }

    @EventHandler
    void on(UnbornChildTracked event) {
        list(event.caseId(), event.laCode(), event.caseReference(), event.trackedOn());
    }

    @EventHandler
    void on(CaseSharedWithVaa event) {
        jdbc.sql("insert into case_vaa_share (case_id, vaa_id, shared_on) values (?, ?, ?) on conflict do nothing")
                .params(event.caseId(), event.vaaId(), event.sharedOn()).update();
    }

    @EventHandler
    void on(CaseUnsharedFromVaa event) {
        jdbc.sql("delete from case_vaa_share where case_id = ? and vaa_id = ?")
                .params(event.caseId(), event.vaaId()).update();
    }

    private void list(String caseId, String laCode, String caseReference, LocalDate openedOn) {
        jdbc.sql("insert into case_listing (case_id, la_code, case_reference, opened_on) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(caseId, laCode, caseReference, openedOn).update();
    }
}
