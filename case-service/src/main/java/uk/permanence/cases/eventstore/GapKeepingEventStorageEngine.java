package uk.permanence.cases.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * Axon's JPA event store, except for when a reader gives up on a gap in the global index.
 * <p>
 * A gap is an index taken by a transaction that has not committed (or never will: it rolled back). Axon gives up on
 * a gap by the age of the events around it, so an event whose transaction stays open longer than that timeout is
 * committed behind the reader's back and never read: never published. Here a gap is given up only when it cannot
 * be filled any more: it has been missing for the gap timeout and every transaction still open on the event store
 * began after the gap was first seen missing (the transaction that took the index began before that).
 * <p>
 * That holds for one case-service instance: Hibernate's pooled sequence hands global indexes out in order within
 * one JVM only, so a second writer could take an index after it was seen missing.
 * <p>
 * A reader's position moves only with an event it reads, so a gap given up after the last event before a quiet spell
 * stays in the reader's stored position until the next event is stored. The decision is nonetheless taken on every
 * fetch, including the reader's idle polls that find nothing new, and remembered: {@link #awaited} counts only the
 * gaps still waited for. (Counting the position's gaps instead kept {@code case_events_publisher_gaps} above zero
 * for as long as no event came, whenever the events after a hole had all been read before the hole timed out: the
 * cause of SlowCommitTest's flaky failure, and of a false PublisherWaitingForTransaction on a quiet night.)
 */
class GapKeepingEventStorageEngine extends JpaEventStorageEngine implements AwaitedIndexes {

    private final OpenTransactions openTransactions;
    private final Duration gapTimeout;
    private final Clock clock;
    private final Map<Long, Instant> missingSince = new ConcurrentHashMap<>();
    private final Set<Long> givenUp = ConcurrentHashMap.newKeySet();

    GapKeepingEventStorageEngine(JpaEventStorageEngine.Builder builder, OpenTransactions openTransactions,
                                 Duration gapTimeout, Clock clock) {
        super(builder.gapTimeout(Integer.MAX_VALUE).gapCleaningThreshold(Integer.MAX_VALUE)
                .maxGapOffset(Integer.MAX_VALUE));
        this.openTransactions = openTransactions;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        try {
            SharedSessionContractImplementor session = entityManager().unwrap(SharedSessionContractImplementor.class);
            IdentifierGenerator sequence = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                    .getEntityDescriptor(DomainEventEntry.class).getGenerator();
            List<DomainEventEntry> entries = events.stream()
                    .map(event -> (DomainEventEntry) createEventEntity(event, serializer)).toList();
            List<Long> globalIndexes = entries.stream().map(entry -> (Long) sequence.generate(session, entry)).toList();
            session.doWork(connection -> MultiRowInsert.insert(connection, entries, globalIndexes));
        } catch (RuntimeException e) {
            handlePersistenceException(e, events.get(0));
        }
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        Set<Long> unfillable = unfillableGaps(lastToken);
        List<? extends TrackedEventData<?>> events = super.fetchTrackedEvents(lastToken, batchSize);
        if (unfillable.isEmpty()) {
            return events;
        }
        // decided before the fetch, so an index committed just before the decision was still read
        return events.stream().map(event -> withoutGaps(event, unfillable)).toList();
    }

    private Set<Long> unfillableGaps(TrackingToken lastToken) {
        if (!(lastToken instanceof GapAwareTrackingToken token) || !token.hasGaps()) {
            return Set.of();
        }
        Instant now = clock.instant();
        missingSince.keySet().retainAll(token.getGaps());
        givenUp.retainAll(token.getGaps());
        token.getGaps().forEach(gap -> missingSince.putIfAbsent(gap, now));
        Instant timedOut = now.minus(gapTimeout);
        List<Long> waitedFor = token.getGaps().stream().filter(gap -> missingSince.get(gap).isBefore(timedOut))
                .toList();
        if (waitedFor.isEmpty()) {
            return Set.of();
        }
        Instant oldestOpenSince = now.minus(openTransactions.oldestAge());
        Set<Long> unfillable = waitedFor.stream().filter(gap -> missingSince.get(gap).isBefore(oldestOpenSince))
                .collect(Collectors.toSet());
        givenUp.addAll(unfillable);
        return unfillable;
    }

    @Override
    public int awaited(GapAwareTrackingToken position) {
        return (int) position.getGaps().stream().filter(gap -> !givenUp.contains(gap)).count();
    }

    private static TrackedEventData<?> withoutGaps(TrackedEventData<?> event, Set<Long> unfillable) {
        if (!(event.trackingToken() instanceof GapAwareTrackingToken token) || !(event instanceof
                TrackedDomainEventData<?> domainEvent)) {
            return event;
        }
        TreeSet<Long> gaps = new TreeSet<>(token.getGaps());
        gaps.removeAll(unfillable);
        return new TrackedDomainEventData<>(GapAwareTrackingToken.newInstance(token.getIndex(), gaps), domainEvent);
    }
}
