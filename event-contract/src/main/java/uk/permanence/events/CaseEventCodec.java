package uk.permanence.events;

import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the published JSON form of case events; producer and consumers share it. */
public final class CaseEventCodec {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CaseEventUpcasters upcasters;

    public CaseEventCodec() {
        this(CaseEventUpcasters.OF_THE_CONTRACT);
    }

    public CaseEventCodec(CaseEventUpcasters upcasters) {
        this.upcasters = upcasters;
    }

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

    /**
     * The typed event at its current revision (an older one upcast), or empty for a wire type this version of the
     * contract does not know.
     *
     * @throws CaseEventUpcasters.UnknownRevision for a revision no upcaster leads from, so a consumer sets the event
     *                                            aside instead of misreading it
     */
    public Optional<CaseEvent> payload(CaseEventEnvelope envelope) {
        return CaseEventTypes.classOf(envelope.type())
                .map(type -> json.treeToValue(upcasters.toCurrent(envelope.type(), envelope.revision(),
                        CaseEventTypes.revisionOf(type), envelope.payload()), type));
    }
}
