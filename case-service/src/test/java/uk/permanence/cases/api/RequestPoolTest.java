package uk.permanence.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.cases.casefile.RecordAdoptionDecision;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.HeldConnections;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestConsumers;

/**
 * Requests have a pool of their own: with every request connection taken, commands and reads answer 503 with
 * Retry-After at once, and what is not a request (here a command sent outside one) is still stored and published.
 * The context the other API tests share (a context with a broker of its own, started between theirs, left their
 * publisher stuck), so the pool keeps its configured size.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class RequestPoolTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    @Qualifier("requestsPool")
    HikariDataSource requestsPool;
    @Autowired
    @Qualifier("eventsPool")
    HikariDataSource eventsPool;

    private final CaseEventCodec codec = new CaseEventCodec();

    @Test
    void aFullRequestPoolAnswers503WithRetryAfterWhileTheStoreAndPublisherGoOn() throws Exception {
        String caseId = openCase();
        try (Consumer<String, String> consumer = TestConsumers.subscribe(broker, CaseEventTopic.NAME, "pool-test");
             HeldConnections held = HeldConnections.take(requestsPool, requestsPool.getMaximumPoolSize())) {
            long started = System.nanoTime();
            mvc.perform(post("/api/cases/{caseId}/reviews", caseId).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"heldOn\":\"2025-02-01\",\"kind\":\"FIRST\",\"permanencePlan\":\"ADOPTION\"}"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(get("/api/cases/{caseId}", caseId))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

            // on a thread of its own: the test's thread carries a mock request, as a request's thread would
            CompletableFuture.runAsync(() -> commands.sendAndWait(new RecordAdoptionDecision(caseId, null,
                    LocalDate.of(2025, 3, 1), Instant.now(), "pool-test", null))).get(30, TimeUnit.SECONDS);
            Set<Long> published = new HashSet<>();
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key().equals(caseId)) {
                        published.add(codec.read(record.value()).sequence());
                    }
                });
                assertThat(published).contains(1L);
            });
            assertThat(JdbcClient.create(eventsPool).sql("select count(*) from domain_event_entry "
                    + "where aggregate_identifier = ?").param(caseId).query(Long.class).single()).isEqualTo(2);
        }
        mvc.perform(get("/api/cases/{caseId}", caseId)).andExpect(status().isOk());
    }

    @Test
    void requestStatementsAreTimeLimitedAndThePublishersAreNot() {
        assertThat(JdbcClient.create(requestsPool).sql("show statement_timeout").query(String.class).single())
                .isEqualTo("30s");
        assertThat(JdbcClient.create(eventsPool).sql("show statement_timeout").query(String.class).single())
                .isEqualTo("0");
    }

    private String openCase() throws Exception {
        String location = mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content("""
                        {"laCode":"931","caseReference":"POOL-%s","dateOfBirth":"2024-05-01",
                         "enteredCareOn":"2025-01-10","legalStatus":"C2"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8))))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring("/api/cases/".length());
    }
}
