package uk.permanence.cases.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.modelling.command.inspection.CreationPolicyMember;

/**
 * One child's case held in memory, for appending many cases' events at once: its recorded history replayed, then
 * commands decided by the very {@link ChildCase} handlers the command bus reaches, the events they apply kept here
 * instead of stored. A refused command throws as it would through the bus; the case is then to be dropped, as the
 * command bus would roll its unit of work back. The caller appends {@link #applied()} to the event store, whose unique (case, sequence) key refuses the events if
 * the case changed meanwhile.
 */
public final class CaseInMemory {

    private static final AggregateModel<ChildCase> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(ChildCase.class);

    private final EventSourcedAggregate<ChildCase> aggregate;
    private final List<DomainEventMessage<?>> applied = new ArrayList<>();
    private final String caseId;
    private boolean exists;

    private CaseInMemory(String caseId, List<? extends DomainEventMessage<?>> history) {
        this.caseId = caseId;
        SimpleEventBus appliedEvents = SimpleEventBus.builder().build();
        appliedEvents.subscribe(events -> events.forEach(event -> applied.add((DomainEventMessage<?>) event)));
        this.aggregate = EventSourcedAggregate.initialize(new ChildCase(), MODEL, appliedEvents,
                NoSnapshotTriggerDefinition.TRIGGER);
        if (!history.isEmpty()) {
            aggregate.initializeState(DomainEventStream.of(history));
            exists = true;
        }
    }

    /** The case as its recorded history (in sequence order; empty for a case not yet opened) leaves it. */
    public static CaseInMemory of(String caseId, List<? extends DomainEventMessage<?>> history) {
        return new CaseInMemory(caseId, history);
    }

    /**
     * Decides the command as {@link ChildCase} does: the events it applies are added to {@link #applied()}; a refusal
     * throws ({@link CaseRuleViolation}, {@link CaseStateConflict}, {@link DuplicateMilestone}, or
     * {@link AggregateNotFoundException} for a command that needs an open case when there is none).
     */
    public void handle(CommandMessage<?> command) {
        if (!exists && !opensTheCase(command)) {
            throw new AggregateNotFoundException(caseId, "The case " + caseId + " does not exist");
        }
        try {
            aggregate.handle(command);
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
        exists = exists || !applied.isEmpty();
    }

    /** The events the accepted commands applied, in order, numbered after the history's last. */
    public List<DomainEventMessage<?>> applied() {
        return List.copyOf(applied);
    }

    private static boolean opensTheCase(CommandMessage<?> command) {
        Optional<AggregateCreationPolicy> policy = MODEL.commandHandlers(ChildCase.class)
                .filter(handler -> handler.canHandle(command))
                .findFirst()
                .flatMap(handler -> handler.unwrap(CreationPolicyMember.class))
                .map(CreationPolicyMember::creationPolicy);
        return policy.isPresent() && policy.get() != AggregateCreationPolicy.NEVER;
    }
}
