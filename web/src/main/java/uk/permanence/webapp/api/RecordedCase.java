package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/cases/{id}} as the recording pages read it: the case's version (for {@code If-Match}) and every
 * event with its {@code details} (an in-effect event with its corrections applied), which a correction changes
 * field by field. A VAA's answer has no events ({@link #sharedView()}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordedCase(String caseId, String laCode, String caseReference, long version, List<Event> events) {

    public boolean sharedView() {
        return events == null;
    }

    /** The events recorded after {@code version}, oldest first: what someone else recorded meanwhile. */
    public List<Event> since(long version) {
        return events == null ? List.of() : events.stream().filter(event -> event.sequence() > version).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long sequence, String type, LocalDate occurredOn, Instant recordedAt, String recordedBy,
                        String status, JsonNode details) {

        public boolean inEffect() {
            return "in-effect".equals(status);
        }
    }
}
