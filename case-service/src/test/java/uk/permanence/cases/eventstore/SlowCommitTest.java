package uk.permanence.cases.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;
import static uk.permanence.testing.HeldEventStoreTransactions.holdNextEvent;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestConsumers;

/**
 * The known failure mode of a relational event store: a transaction that took a global index stays open longer
 * than the publisher's gap timeout while later events commit, one of them itself committed late. Its event must
 * still be published.
 */
@SpringBootTest(properties = "permanence.event-store.gap-timeout=1s")
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class SlowCommitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;

    private final CaseEventCodec codec = new CaseEventCodec();

    @Test
    void anEventCommittedLongAfterLaterOnesIsStillPublished() throws Exception {
        String slow = openCase("SLOW-1");
        String late = openCase("LATE-1");
        try (Consumer<String, String> consumer = TestConsumers.subscribe(broker, CaseEventTopic.NAME, "slow-commit");
             Connection holdingSlow = dataSource.getConnection();
             Connection holdingLate = dataSource.getConnection()) {
            holdNextEvent(holdingSlow, slow, 1);
            holdNextEvent(holdingLate, late, 1);
            CompletableFuture<Void> slowDecision = decideAdoption(slow);
            CompletableFuture<Void> lateDecision = decideAdoption(late);
            openCase("MEANWHILE-1");
            Thread.sleep(3_000);

            holdingLate.rollback();
            lateDecision.get();
            openCase("MEANWHILE-2");
            Thread.sleep(3_000);

            holdingSlow.rollback();
            slowDecision.get();

            Set<String> published = new HashSet<>();
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record ->
                        published.add(record.key() + "/" + codec.read(record.value()).sequence()));
                assertThat(published).contains(late + "/1", slow + "/1");
            });
        }
    }

    /**
     * The hole is followed by as few events as it takes to pass it, all read long before the gap times out, and
     * then by none: giving the gap up must not wait for a later event (it did, and this test passed only when the
     * events after the hole happened to outlast the timeout).
     */
    @Test
    void indexesTakenByTransactionsThatEndedWithoutCommittingAreGivenUp() throws Exception {
        long hole;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet taken = statement.executeQuery("select nextval('domain_event_entry_seq')")) {
            // a block of global indexes taken and never used, as a rolled-back transaction or a restart leaves
            taken.next();
            hole = taken.getLong(1);
        }
        while (highestGlobalIndex() <= hole) {
            openCase("AFTER-HOLE");
        }
        eventually(() -> {
            assertThat(meters.get("case_events_publish_lag_events").gauge().value()).isZero();
            assertThat(meters.get("case_events_publisher_gaps").gauge().value()).isZero();
        });
    }

    private long highestGlobalIndex() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet highest = statement.executeQuery("select max(global_index) from domain_event_entry")) {
            highest.next();
            return highest.getLong(1);
        }
    }

    private CompletableFuture<Void> decideAdoption(String caseId) {
        return CompletableFuture.runAsync(() -> {
            try {
                mvc.perform(post("/api/cases/{caseId}/adoption-decision", caseId)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decidedOn\":\"2025-03-01\"}"))
                        .andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String openCase(String reference) throws Exception {
        String location = mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content("""
                        {"laCode":"931","caseReference":"%s-%s","dateOfBirth":"2024-05-01",
                         "enteredCareOn":"2025-01-10","legalStatus":"C2"}""".formatted(reference,
                        UUID.randomUUID().toString().substring(0, 8))))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring("/api/cases/".length());
    }
}
