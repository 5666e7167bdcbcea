package uk.permanence.events;

import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the published JSON form of case events; producer and consumers share it. */
public final class CaseEventCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    public String write(UUID eventId, long sequence, CaseEvent event) {
        return write(envelope(eventId, sequence, event));
    }

    public CaseEventEnvelope envelope(UUID eventId, long sequence, CaseEvent event) {
        return new CaseEventEnvelope(
                eventId,
                event.caseId(),
                sequence,
                CaseEventTypes.wireNameOf(event.getClass()),
                CaseEventTypes.revisionOf(event.getClass()),
                event.occurredOn(),
                event.recordedAt(),
                event.recordedBy(),
                event.laCode(),
                json.valueToTree(event));
    }

    public String write(CaseEventEnvelope envelope) {
        return json.writeValueAsString(envelope);
    }

    public CaseEventEnvelope read(String message) {
        return json.readValue(message, CaseEventEnvelope.class);
    }

    /** The typed event, or empty for a wire type this version of the contract does not know. */
    public Optional<CaseEvent> payload(CaseEventEnvelope envelope) {
        return CaseEventTypes.classOf(envelope.type())
                .map(type -> json.treeToValue(envelope.payload(), type));
    }
}
