package uk.permanence.cases.imports;

/**
 * The metadata every imported command carries, which Axon copies onto its events (see
 * {@code publishing.CorrelationData}): the import it came from, and the row of the return, e.g.
 * {@code 2024-25 episodes.csv line 12}. The publisher copies the source into a Kafka header.
 */
public final class ImportedEvents {

    public static final String IMPORT_ID = "importId";
    public static final String IMPORT_SOURCE = "importSource";

    private ImportedEvents() {
    }
}
