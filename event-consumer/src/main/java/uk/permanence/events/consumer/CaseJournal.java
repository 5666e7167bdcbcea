package uk.permanence.events.consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /**
     * Events read before, by their message as stored: a case's history is read again each time it has new events,
     * and parsing the older ones again was most of a consumer's work. A message always parses to the same event.
     */
    private final Cache<String, Optional<RecordedCaseEvent>> parsed = Caffeine.newBuilder()
            .maximumSize(50_000).build();

    public CaseJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An applied event: the message as delivered, and the SSDA903 row it was imported from (null if none). */
    public record Entry(CaseEventEnvelope envelope, String message, String importSource) {
    }

    /** Appends applied events, each with the message as delivered, in one statement. */
    public void appendAll(List<Entry> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("insert into case_event (case_id, sequence, message, import_source) select * from unnest(cast("
                        + ":caseIds as varchar[]), cast(:sequences as bigint[]), cast(:messages as text[]), "
                        + "cast(:importSources as text[]))")
                .param("caseIds", events.stream().map(event -> event.envelope().caseId()).toArray(String[]::new))
                .param("sequences", events.stream().map(event -> event.envelope().sequence()).toArray(Long[]::new))
                .param("messages", events.stream().map(Entry::message).toArray(String[]::new))
                .param("importSources", events.stream().map(Entry::importSource).toArray(String[]::new))
                .update();
    }

    private Optional<RecordedCaseEvent> parse(String message) {
        CaseEventEnvelope envelope = codec.read(message);
        return codec.payload(envelope)
                .map(event -> new RecordedCaseEvent(envelope.eventId().toString(), envelope.sequence(), event));
    }

    public List<String> caseIds() {
        return jdbc.sql("select distinct case_id from case_event order by case_id").query(String.class).list();
    }

    /** The histories of these cases, read in one query, in the order given. */
    public List<CaseHistory> histories(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<String, List<RecordedCaseEvent>> events = new LinkedHashMap<>();
        Map<String, Map<Long, String>> importSources = new LinkedHashMap<>();
        caseIds.forEach(caseId -> {
            events.put(caseId, new ArrayList<>());
            importSources.put(caseId, new LinkedHashMap<>());
        });
        jdbc.sql("select case_id, sequence, message, import_source from case_event where case_id in (:caseIds) "
                        + "order by case_id, sequence")
                .param("caseIds", caseIds)
                .query((row, n) -> {
                    String caseId = row.getString("case_id");
                    parsed.get(row.getString("message"), this::parse).ifPresent(events.get(caseId)::add);
                    if (row.getString("import_source") != null) {
                        importSources.get(caseId).put(row.getLong("sequence"), row.getString("import_source"));
                    }
                    return caseId;
                })
                .list();
        return events.entrySet().stream().map(entry -> new CaseHistory(entry.getKey(), entry.getValue(),
                importSources.get(entry.getKey()))).toList();
    }
}
