package uk.permanence.cases.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.AxonException;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.cases.api.CaseOwners;
import uk.permanence.cases.casefile.CaseIds;
import uk.permanence.cases.casefile.CaseInMemory;
import uk.permanence.cases.casefile.CaseRuleViolation;
import uk.permanence.cases.casefile.CaseStateConflict;
import uk.permanence.events.CaseEvent;
import uk.permanence.ssda903.journey.ChildJourney;
import uk.permanence.ssda903.journey.Derived;
import uk.permanence.ssda903.journey.JourneyDerivation;
import uk.permanence.ssda903.tables.ReturnTables;
import uk.permanence.ssda903.tables.Rows;
import uk.permanence.ssda903.tables.Table;

/**
 * Runs SSDA903 imports on a small bounded executor: reads the files, derives each child's journey with the DfE
 * rules checked (a child with a problem imports nothing), then decides each child's commands by the case's own rules
 * in memory ({@link CaseInMemory}), all or nothing per child, and appends the accepted children's events many children
 * to a transaction ({@link BulkAppend}). A child already held is decided on its recorded history the same way.
 */
@Service
class Ssda903Imports {

    private static final Logger log = LoggerFactory.getLogger(Ssda903Imports.class);

    /** One uploaded file, read into memory (the upload's size is bounded by spring.servlet.multipart). */
    record Upload(String name, String collectionYear, byte[] content) {
    }

    private final ImportStore store;
    private final BulkAppend bulk;
    private final EventStore events;
    private final Cache caseCache;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int childrenPerTransaction;
    private final ThreadPoolExecutor executor;

    Ssda903Imports(ImportStore store, BulkAppend bulk, EventStore events,
                   @Qualifier("caseCache") Cache caseCache, TransactionTemplate transaction, Clock clock,
                   @Value("${permanence.imports.workers}") int workers,
                   @Value("${permanence.imports.queue}") int queue,
                   @Value("${permanence.imports.children-per-transaction}") int childrenPerTransaction) {
        this.store = store;
        this.bulk = bulk;
        this.events = events;
        this.caseCache = caseCache;
        this.transaction = transaction;
        this.clock = clock;
        this.childrenPerTransaction = childrenPerTransaction;
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), runnable -> {
                    Thread thread = new Thread(runnable, "ssda903-import");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        int interrupted = store.failInterrupted(clock.instant());
        if (interrupted > 0) {
            log.warn("{} SSDA903 import(s) interrupted by a restart marked FAILED", interrupted);
        }
    }

    /** Records the import as queued and hands it to the executor; empty when the executor's queue is full. */
    Optional<ImportResource> start(String laCode, List<Upload> uploads, String requestedBy) {
        UUID importId = UUID.randomUUID();
        List<ImportResource.ImportedFile> files = uploads.stream()
                .map(upload -> new ImportResource.ImportedFile(upload.name(), null, upload.collectionYear(), null))
                .toList();
        transaction.executeWithoutResult(status -> store.create(importId, laCode, requestedBy, files,
                clock.instant()));
        try {
            executor.execute(() -> run(importId, laCode, uploads, requestedBy));
        } catch (RejectedExecutionException busy) {
            transaction.executeWithoutResult(status -> store.finish(importId, ImportStatus.FAILED,
                    "refused: the service was already running as many imports as it may", clock.instant()));
            return Optional.empty();
        }
        return store.find(importId);
    }

    Optional<ImportResource> find(UUID importId) {
        return store.find(importId);
    }

    ImportReport report(UUID importId) {
        return store.report(importId);
    }

    private void run(UUID importId, String laCode, List<Upload> uploads, String requestedBy) {
        try {
            store.status(importId, ImportStatus.VALIDATING);
            ReturnTables tables = new ReturnTables();
            Map<String, String> tableOfFile = new java.util.HashMap<>();
            for (int i = 0; i < uploads.size(); i++) {
                Upload upload = uploads.get(i);
                int rowsBefore = rowCount(tables);
                Optional<Table> table;
                try (Reader csv = new InputStreamReader(new ByteArrayInputStream(upload.content()),
                        StandardCharsets.UTF_8)) {
                    table = tables.read(upload.name(), upload.collectionYear(), csv);
                }
                table.ifPresent(recognised -> tableOfFile.put(upload.name(), recognised.name()));
                store.fileRead(importId, i, table.map(Table::name).orElse(null),
                        table.isPresent() ? rowCount(tables) - rowsBefore : 0);
            }
            Derived derived = JourneyDerivation.derive(tables);
            store.problems(importId, derived.problems().stream().map(problem -> ChildPlan.problemRow(
                    problem.child(), problem.source(), tableOfFile, problem.rule(), problem.field(),
                    problem.message())).toList());
            store.status(importId, ImportStatus.IMPORTING);
            Run run = new Run(importId, laCode, requestedBy, tableOfFile, tables.episodes().stream()
                    .collect(Collectors.groupingBy(Rows.Episode::child)));
            run.refused = derived.refusedChildren().size();
            run.children = derived.journeys().size() + run.refused;
            long began = System.nanoTime();
            List<ChildJourney> journeys = derived.journeys();
            for (int from = 0; from < journeys.size(); from += childrenPerTransaction) {
                run.group(journeys.subList(from, Math.min(journeys.size(), from + childrenPerTransaction)));
                store.counts(importId, run.counts());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            log.info("SSDA903 import {} for council {}: {} children, {} events appended in {} ms ({} events/s)",
                    importId, laCode, journeys.size(), run.eventsAppended, took.toMillis(),
                    took.isZero() ? 0 : Math.round(run.eventsAppended * 1e9 / took.toNanos()));
            store.finish(importId, ImportStatus.DONE, null, clock.instant());
        } catch (RuntimeException | java.io.IOException e) {
            log.error("SSDA903 import {} failed", importId, e);
            store.finish(importId, ImportStatus.FAILED, e.getMessage(), clock.instant());
        }
    }

    private static int rowCount(ReturnTables tables) {
        return tables.children().size() + tables.episodes().size() + tables.reviews().size()
                + tables.adoptions().size() + tables.decisions().size()
                + (int) tables.problems().stream().filter(problem -> problem.child() == null).count();
    }

    /** A child the case's rules refused, or whose plan cannot be put as commands: it imports nothing. */
    private static final class Refused extends RuntimeException {

        private final ImportReport.ProblemRow problem;

        Refused(ImportReport.ProblemRow problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** One import's progress and counts. */
    private final class Run {

        private final UUID importId;
        private final String laCode;
        private final String requestedBy;
        private final Map<String, String> tableOfFile;
        private final Map<String, List<Rows.Episode>> episodes;
        int children;
        int imported;
        int refused;
        int unchanged;
        int eventsAppended;
        int alreadyHeld;

        Run(UUID importId, String laCode, String requestedBy, Map<String, String> tableOfFile,
            Map<String, List<Rows.Episode>> episodes) {
            this.importId = importId;
            this.laCode = laCode;
            this.requestedBy = requestedBy;
            this.tableOfFile = tableOfFile;
            this.episodes = episodes;
        }

        ImportStore.Counts counts() {
            return new ImportStore.Counts(children, imported, refused, unchanged, eventsAppended, alreadyHeld);
        }

        /**
         * Decides each child of the group in memory, then appends the accepted children's events in one transaction.
         * If a case changed meanwhile (the event store's unique key refuses its events), the group is rolled back
         * and each child decided and appended again on its own.
         */
        void group(List<ChildJourney> group) {
            Map<String, List<DomainEventMessage<?>>> histories = histories(group);
            List<Decided> decided = new ArrayList<>();
            for (ChildJourney journey : group) {
                try {
                    decided.add(decide(journey, histories.getOrDefault(caseId(journey), List.of())));
                } catch (Refused refusal) {
                    refused++;
                    store.problems(importId, List.of(refusal.problem));
                }
            }
            List<EventMessage<?>> appended = decided.stream().flatMap(child -> child.events().stream())
                    .<EventMessage<?>>map(event -> event).toList();
            try {
                if (!appended.isEmpty()) {
                    transaction.executeWithoutResult(status -> bulk.append(appended));
                }
            } catch (ConcurrencyException | AggregateStreamCreationException changedMeanwhile) {
                if (decided.size() > 1) {
                    decided.forEach(child -> group(List.of(child.journey())));
                    return;
                }
                refused++;
                store.problems(importId, List.of(ChildPlan.problemRow(decided.get(0).journey().child(), null,
                        tableOfFile, null, null, "The case changed while it was being imported; import the files "
                                + "again.")));
                return;
            } finally {
                decided.forEach(child -> caseCache.remove(caseId(child.journey())));
            }
            decided.forEach(this::count);
        }

        private void count(Decided child) {
            store.conflicts(importId, child.conflicts());
            alreadyHeld += child.alreadyHeld();
            eventsAppended += child.events().size();
            if (!child.events().isEmpty()) {
                imported++;
            } else {
                unchanged++;
            }
        }

        private String caseId(ChildJourney journey) {
            return CaseIds.of(laCode, journey.child());
        }

        /** The recorded histories of the group's cases the platform holds already (one query finds which). */
        private Map<String, List<DomainEventMessage<?>>> histories(List<ChildJourney> group) {
            Map<String, List<DomainEventMessage<?>>> histories = new HashMap<>();
            for (String caseId : bulk.held(group.stream().map(this::caseId).toList())) {
                histories.put(caseId, events.readEvents(caseId).asStream()
                        .<DomainEventMessage<?>>map(event -> event).toList());
            }
            return histories;
        }

        /** The child's plan against its history, its commands decided by the case's own rules in memory. */
        private Decided decide(ChildJourney journey, List<DomainEventMessage<?>> history) {
            String caseId = caseId(journey);
            ChildPlan plan = new ChildPlan(journey, history.stream()
                    .filter(message -> message.getPayload() instanceof CaseEvent).map(CaseOwners::recorded).toList(),
                    episodes.getOrDefault(journey.child(), List.of()), laCode, caseId, requestedBy, clock.instant(),
                    tableOfFile);
            if (plan.refusal != null) {
                throw new Refused(plan.refusal);
            }
            CaseInMemory inMemory = CaseInMemory.of(caseId, history);
            List<DomainEventMessage<?>> appended = new ArrayList<>();
            for (ChildPlan.Step step : plan.steps) {
                MetaData metaData = MetaData.with(ImportedEvents.IMPORT_ID, importId.toString())
                        .and(ImportedEvents.IMPORT_SOURCE, source(step));
                int before = inMemory.applied().size();
                try {
                    inMemory.handle(GenericCommandMessage.asCommandMessage(step.command()));
                } catch (CaseRuleViolation | CaseStateConflict | AxonException refusal) {
                    String why = refusal instanceof AggregateNotFoundException
                            ? "there is no case to record it on: it comes before the child entered care"
                            : refusal.getMessage();
                    throw new Refused(ChildPlan.problemRow(journey.child(), step.milestone().source(), tableOfFile,
                            null, null, "The case refused " + step.milestone().kind() + " on "
                                    + step.milestone().on() + ": " + why));
                }
                List<DomainEventMessage<?>> applied = inMemory.applied();
                applied.subList(before, applied.size()).forEach(event -> appended.add(event.andMetaData(metaData)));
            }
            return new Decided(journey, plan.conflicts, plan.alreadyHeld, appended);
        }

        private static String source(ChildPlan.Step step) {
            var source = step.milestone().source();
            return source.collectionYear() + " " + source.file() + " line " + source.line();
        }
    }

    /** A child decided in memory: what it conflicts with, what the case holds already, and the events to append. */
    private record Decided(ChildJourney journey, List<ImportReport.ConflictRow> conflicts, int alreadyHeld,
                           List<DomainEventMessage<?>> events) {
    }
}
