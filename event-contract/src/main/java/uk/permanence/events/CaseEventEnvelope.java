package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One published case event as it travels on the wire.
 *
 * @param sequence the event's position in its case's stream, from 0 with no gaps: consumers use it to
 *                 drop redelivered events and to hold a case whose stream has a gap
 */
public record CaseEventEnvelope(
        UUID eventId,
        String caseId,
        long sequence,
        String type,
        String revision,
        LocalDate occurredOn,
        Instant recordedAt,
        String recordedBy,
        String laCode,
        JsonNode payload) {
}
