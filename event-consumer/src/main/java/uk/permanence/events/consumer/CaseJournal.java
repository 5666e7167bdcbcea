package uk.permanence.events.consumer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventEnvelope;
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

    public void append(CaseEventEnvelope envelope, String message) {
        jdbc.sql("insert into case_event (case_id, sequence, message) values (?, ?, ?)")
                .params(envelope.caseId(), envelope.sequence(), message)
                .update();
    }

    public List<String> caseIds() {
        return jdbc.sql("select distinct case_id from case_event order by case_id").query(String.class).list();
    }

    public CaseHistory history(String caseId) {
        return histories(List.of(caseId)).get(0);
    }

    /** The histories of these cases, read in one query, in the order given. */
    public List<CaseHistory> histories(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<String, List<RecordedCaseEvent>> events = new LinkedHashMap<>();
        caseIds.forEach(caseId -> events.put(caseId, new ArrayList<>()));
        jdbc.sql("select case_id, message from case_event where case_id in (:caseIds) order by case_id, sequence")
                .param("caseIds", caseIds)
                .query((row, n) -> Map.entry(row.getString("case_id"), row.getString("message")))
                .list()
                .forEach(row -> {
                    CaseEventEnvelope envelope = codec.read(row.getValue());
                    codec.payload(envelope).ifPresent(event -> events.get(row.getKey()).add(
                            new RecordedCaseEvent(envelope.eventId().toString(), envelope.sequence(), event)));
                });
        return events.entrySet().stream().map(entry -> new CaseHistory(entry.getKey(), entry.getValue())).toList();
    }
}
