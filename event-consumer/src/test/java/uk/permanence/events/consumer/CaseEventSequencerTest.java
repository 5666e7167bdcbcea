package uk.permanence.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.journey.RecordedCaseEvent;
import uk.permanence.testing.TestPostgres;

class CaseEventSequencerTest {

    private static DataSource dataSource;

    private final CaseEventCodec codec = new CaseEventCodec();
    private final Set<String> poisoned = new HashSet<>();
    private final Set<String> disconnected = new HashSet<>();
    private final List<String> recomputed = new ArrayList<>();
    private CaseEventSequencer sequencer;
    private CaseJournal journal;
    private JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        dataSource = TestPostgres.dataSource("sequencer");
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @BeforeEach
    void freshPositions() {
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("truncate case_event_position, held_case_event, case_event, failed_case_event").update();
        journal = new CaseJournal(jdbc);
        sequencer = new CaseEventSequencer(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                journal, List.of(new FailingOnPoisonedCases()), new FailedCaseEvents(jdbc), codec,
                new SimpleMeterRegistry());
    }

    /** Stands for a projection with a bug that only some cases' events reach. */
    private class FailingOnPoisonedCases implements RecomputedProjection {

        @Override
        public List<String> tables() {
            return List.of();
        }

        @Override
        public void recompute(List<CaseHistory> histories) {
            for (CaseHistory history : histories) {
                if (poisoned.contains(history.caseId())) {
                    throw new IllegalStateException("cannot project " + history.caseId());
                }
                if (disconnected.contains(history.caseId())) {
                    throw new IllegalStateException("cannot project " + history.caseId(), new SQLException(
                            "An I/O error occurred while sending to the backend.", "08006"));
                }
            }
            histories.forEach(history -> recomputed.add(history.caseId()));
        }
    }

    @Test
    void appliesEventsInSequenceOnce() {
        assertThat(sequencer.accept(event("case-1", 0))).isEqualTo(SequenceOutcome.APPLIED);
        assertThat(sequencer.accept(event("case-1", 1))).isEqualTo(SequenceOutcome.APPLIED);

        assertThat(applied("case-1")).containsExactly(0L, 1L);
    }

    @Test
    void dropsARedeliveredEvent() {
        sequencer.accept(event("case-1", 0));
        sequencer.accept(event("case-1", 1));

        assertThat(sequencer.accept(event("case-1", 0))).isEqualTo(SequenceOutcome.DUPLICATE);
        assertThat(sequencer.accept(event("case-1", 1))).isEqualTo(SequenceOutcome.DUPLICATE);
        assertThat(applied("case-1")).containsExactly(0L, 1L);
    }

    @Test
    void holdsEventsAfterAGapUntilTheMissingOneArrives() {
        sequencer.accept(event("case-1", 0));

        assertThat(sequencer.accept(event("case-1", 2))).isEqualTo(SequenceOutcome.HELD);
        assertThat(sequencer.accept(event("case-1", 3))).isEqualTo(SequenceOutcome.HELD);
        assertThat(applied("case-1")).containsExactly(0L);
        assertThat(heldCount()).isEqualTo(2);

        assertThat(sequencer.accept(event("case-1", 1))).isEqualTo(SequenceOutcome.APPLIED);
        assertThat(applied("case-1")).containsExactly(0L, 1L, 2L, 3L);
        assertThat(heldCount()).isZero();
        assertThat(sequencer.accept(event("case-1", 3))).isEqualTo(SequenceOutcome.DUPLICATE);
    }

    @Test
    void aGapInOneCaseDoesNotHoldAnother() {
        sequencer.accept(event("case-1", 1));
        sequencer.accept(event("case-2", 0));

        assertThat(applied("case-1")).isEmpty();
        assertThat(applied("case-2")).containsExactly(0L);
        assertThat(heldCount()).isEqualTo(1);
    }

    @Test
    void recomputesEachCaseOncePerBatch() {
        sequencer.acceptAll(List.of(delivery("case-1", 0), delivery("case-1", 1), delivery("case-2", 0)));

        assertThat(recomputed).containsExactly("case-1", "case-2");
        assertThat(applied("case-1")).containsExactly(0L, 1L);
    }

    @Test
    void anEventAProjectionFailsOnHoldsOnlyItsOwnCase() {
        poisoned.add("case-2");

        List<SequenceOutcome> outcomes = sequencer.acceptAll(List.of(delivery("case-1", 0), delivery("case-2", 0),
                delivery("case-2", 1), delivery("case-3", 0)));

        assertThat(outcomes).containsExactly(SequenceOutcome.APPLIED, SequenceOutcome.FAILED, SequenceOutcome.HELD,
                SequenceOutcome.APPLIED);
        assertThat(applied("case-1")).containsExactly(0L);
        assertThat(applied("case-3")).containsExactly(0L);
        assertThat(applied("case-2")).isEmpty();
        assertThat(new FailedCaseEvents(jdbc).list(null)).singleElement()
                .satisfies(failed -> {
                    assertThat(failed.caseId()).isEqualTo("case-2");
                    assertThat(failed.sequence()).isZero();
                    assertThat(failed.error()).contains("cannot project case-2");
                });
        assertThat(sequencer.accept(event("case-1", 1))).isEqualTo(SequenceOutcome.APPLIED);
    }

    @Test
    void aFailedEventIsRetriedAfterTheFixAndReleasesItsCase() {
        poisoned.add("case-2");
        sequencer.acceptAll(List.of(delivery("case-2", 0), delivery("case-2", 1)));

        assertThat(sequencer.retryFailed(null)).containsEntry("failed", 1L);
        assertThat(new FailedCaseEvents(jdbc).list("case-2")).singleElement()
                .satisfies(failed -> assertThat(failed.attempts()).isEqualTo(2));

        poisoned.clear();
        assertThat(sequencer.retryFailed("case-2")).containsEntry("applied", 1L);
        assertThat(applied("case-2")).containsExactly(0L, 1L);
        assertThat(new FailedCaseEvents(jdbc).count()).isZero();
        assertThat(heldCount()).isZero();
    }

    @Test
    void aLostDatabaseConnectionWrappedByAProjectionKeepsNothingAsideAndTheBatchIsDeliveredAgain() {
        disconnected.add("case-2");

        assertThatThrownBy(() -> sequencer.acceptAll(List.of(delivery("case-1", 0), delivery("case-2", 0))))
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(new FailedCaseEvents(jdbc).count()).isZero();

        disconnected.clear();
        assertThat(sequencer.acceptAll(List.of(delivery("case-1", 0), delivery("case-2", 0))))
                .containsExactly(SequenceOutcome.APPLIED, SequenceOutcome.APPLIED);
        assertThat(applied("case-2")).containsExactly(0L);
    }

    @Test
    void anImportedEventKeptAsideIsStillKnownAsImportedOnceARetryAppliesIt() {
        poisoned.add("case-2");
        sequencer.acceptAll(List.of(new Delivery(event("case-2", 0), null, "2024/episodes.csv row 7")));

        poisoned.clear();
        assertThat(sequencer.retryFailed("case-2")).containsEntry("applied", 1L);
        assertThat(journal.histories(List.of("case-2")).get(0).importSources())
                .containsEntry(0L, "2024/episodes.csv row 7");
    }

    @Test
    void anUnreadableMessageIsKeptAsideWithoutHoldingAnyCase() {
        assertThat(sequencer.acceptAll(List.of(new Delivery("{not json", null), delivery("case-1", 0))))
                .containsExactly(SequenceOutcome.FAILED, SequenceOutcome.APPLIED);
        assertThat(new FailedCaseEvents(jdbc).list(null)).singleElement()
                .satisfies(failed -> assertThat(failed.caseId()).isNull());
    }

    private List<Long> applied(String caseId) {
        return journal.histories(List.of(caseId)).get(0).events().stream().map(RecordedCaseEvent::sequence).toList();
    }

    private Delivery delivery(String caseId, long sequence) {
        return new Delivery(event(caseId, sequence), null);
    }

    private int heldCount() {
        return jdbc.sql("select count(*) from held_case_event").query(Integer.class).single();
    }

    private String event(String caseId, long sequence) {
        var entered = new ChildEnteredCare(caseId, "825", "REF-" + caseId, LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 1, 10), LegalStatus.C2, Instant.parse("2025-01-12T09:30:00Z"), "tester", null);
        return codec.write(UUID.randomUUID(), sequence, entered);
    }
}
