package uk.permanence.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import uk.permanence.testing.TestPostgres;

class CaseEventSequencerTest {

    private static DataSource dataSource;

    private final CaseEventCodec codec = new CaseEventCodec();
    private final List<Long> applied = new ArrayList<>();
    private CaseEventSequencer sequencer;
    private JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        dataSource = TestPostgres.dataSource("sequencer");
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @BeforeEach
    void freshPositions() {
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("truncate case_event_position, held_case_event").update();
        CaseEventProjection recorder = (envelope, event) -> applied.add(envelope.sequence());
        sequencer = new CaseEventSequencer(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                List.of(recorder), codec, new SimpleMeterRegistry());
    }

    @Test
    void appliesEventsInSequenceOnce() {
        assertThat(sequencer.accept(event("case-1", 0))).isEqualTo(SequenceOutcome.APPLIED);
        assertThat(sequencer.accept(event("case-1", 1))).isEqualTo(SequenceOutcome.APPLIED);

        assertThat(applied).containsExactly(0L, 1L);
    }

    @Test
    void dropsARedeliveredEvent() {
        sequencer.accept(event("case-1", 0));
        sequencer.accept(event("case-1", 1));

        assertThat(sequencer.accept(event("case-1", 0))).isEqualTo(SequenceOutcome.DUPLICATE);
        assertThat(sequencer.accept(event("case-1", 1))).isEqualTo(SequenceOutcome.DUPLICATE);
        assertThat(applied).containsExactly(0L, 1L);
    }

    @Test
    void holdsEventsAfterAGapUntilTheMissingOneArrives() {
        sequencer.accept(event("case-1", 0));

        assertThat(sequencer.accept(event("case-1", 2))).isEqualTo(SequenceOutcome.HELD);
        assertThat(sequencer.accept(event("case-1", 3))).isEqualTo(SequenceOutcome.HELD);
        assertThat(applied).containsExactly(0L);
        assertThat(heldCount()).isEqualTo(2);

        assertThat(sequencer.accept(event("case-1", 1))).isEqualTo(SequenceOutcome.APPLIED);
        assertThat(applied).containsExactly(0L, 1L, 2L, 3L);
        assertThat(heldCount()).isZero();
        assertThat(sequencer.accept(event("case-1", 3))).isEqualTo(SequenceOutcome.DUPLICATE);
    }

    @Test
    void aGapInOneCaseDoesNotHoldAnother() {
        sequencer.accept(event("case-1", 1));
        sequencer.accept(event("case-2", 0));

        assertThat(applied).containsExactly(0L);
        assertThat(heldCount()).isEqualTo(1);
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
