package uk.permanence.events.consumer;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * Keeps every applied case event, so that a service's read models can always be recomputed from a case's whole
 * history (corrections and voids included) and rebuilt without the broker.
 */
public class CaseJournal {

    private final JdbcClient jdbc;
    private final CaseEventCodec codec = new CaseEventCodec();

    public CaseJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(CaseEventEnvelope envelope) {
        jdbc.sql("insert into case_event (case_id, sequence, message) values (?, ?, ?)")
                .params(envelope.caseId(), envelope.sequence(), codec.write(envelope))
                .update();
    }

    public CaseJourney journey(String caseId) {
        return CaseJourney.of(history(caseId));
    }

    public List<String> caseIds() {
        return jdbc.sql("select distinct case_id from case_event order by case_id").query(String.class).list();
    }

    public List<RecordedCaseEvent> history(String caseId) {
        return jdbc.sql("select message from case_event where case_id = ? order by sequence")
                .param(caseId)
                .query(String.class)
                .stream()
                .map(codec::read)
                .flatMap(envelope -> codec.payload(envelope)
                        .map(event -> new RecordedCaseEvent(envelope.eventId().toString(), envelope.sequence(), event))
                        .stream())
                .toList();
    }
}
