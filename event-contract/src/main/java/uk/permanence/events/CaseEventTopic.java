package uk.permanence.events;

/** The Kafka topic every case event is published to, keyed by case id. */
public final class CaseEventTopic {

    public static final String NAME = "permanence.case-events.v1";

    private CaseEventTopic() {
    }
}
