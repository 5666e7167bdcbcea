package uk.permanence.cases.publishing;

import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the event store again from a position: if the broker lost data, the event store, as the single source
 * of truth, fills the topic again. Consumers drop what they have already seen, so republishing is always safe.
 *
 * <p>It moves the publisher's token back instead of using Axon's reset, because a reset stores a
 * {@code ReplayToken}, which the Jackson 3 serializer cannot read back.
 */
@Component
public class Republisher {

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;

    Republisher(EventProcessingConfiguration processing, TokenStore tokens, TransactionTemplate transaction) {
        this.processing = processing;
        this.tokens = tokens;
        this.transaction = transaction;
    }

    /** Restarts publishing at the first event whose global index is {@code fromGlobalIndex} or later. */
    public void republishFrom(long fromGlobalIndex) {
        String name = CaseEventPublisher.PROCESSING_GROUP;
        TrackingEventProcessor publisher = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the publishing processor is not configured"));
        publisher.shutDown();
        try {
            GapAwareTrackingToken position = GapAwareTrackingToken.newInstance(Math.max(fromGlobalIndex, 0) - 1,
                    Set.of());
            transaction.executeWithoutResult(status -> {
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.storeToken(position, name, segment);
                    tokens.releaseClaim(name, segment);
                }
            });
        } finally {
            publisher.start();
        }
    }
}
