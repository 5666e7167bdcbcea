package uk.permanence.events;

/**
 * The Kafka topic every case event is published to, keyed by case id, with the correlation id of the request that
 * recorded it in a header (absent for events recorded outside a request).
 */
public final class CaseEventTopic {

    public static final String NAME = "permanence.case-events.v1";
    public static final String CORRELATION_ID_HEADER = "correlation-id";

    private CaseEventTopic() {
    }
}
