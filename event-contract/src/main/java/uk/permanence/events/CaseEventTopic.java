package uk.permanence.events;

/**
 * The Kafka topic every case event is published to, keyed by case id, with the correlation id of the request that
 * recorded it in a header (absent for events recorded outside a request), and where an imported event came from.
 */
public final class CaseEventTopic {

    public static final String NAME = "permanence.case-events.v1";
    public static final String CORRELATION_ID_HEADER = "correlation-id";
    /**
     * On an event imported from a council's SSDA903 return, the row it came from (collection year, file and line,
     * e.g. {@code 2024-25 episodes.csv line 12}); absent for events recorded through the API. Its legal date comes
     * from the return and its recording time is the import's, so recording lag means nothing for it.
     */
    public static final String IMPORT_SOURCE_HEADER = "import-source";

    private CaseEventTopic() {
    }
}
