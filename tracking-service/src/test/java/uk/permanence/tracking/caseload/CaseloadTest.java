package uk.permanence.tracking.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.FamilyFinderAllocated;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.StatutoryVisitMade;
import uk.permanence.events.UnbornChildTracked;
import uk.permanence.testing.MutableClock;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestTokens;
import uk.permanence.tracking.alerts.AlertSweep;

/**
 * The caseload, fed with case events on a real broker and read from a real PostgreSQL: a team of three children (one
 * overdue, one not, one not yet born), filtered, sorted, searched, paged, as CSV, for each kind of caller.
 */
@SpringBootTest(properties = "tracking.sweep-interval=PT1H")
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 2, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class CaseloadTest {

    private static final Instant RECORDED = Instant.parse("2026-03-30T10:00:00Z");

    @TestConfiguration
    static class FixedToday {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(LocalDate.of(2026, 4, 1));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlertSweep sweep;

    private final CaseEventCodec codec = new CaseEventCodec();
    private String team;
    private String prefix;
    private String waiting;
    private String recent;
    private String unborn;

    /** A team of council 825 with three children: waiting since an ADM decision, just in care, not yet born. */
    @BeforeEach
    void aTeamOfThreeChildren() throws Exception {
        team = "team-" + UUID.randomUUID();
        prefix = "CL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        waiting = UUID.randomUUID().toString();
        publish(waiting, 0, new ChildEnteredCare(waiting, "825", prefix + "-0002", LocalDate.of(2020, 5, 1),
                LocalDate.of(2025, 1, 10), LegalStatus.C2, RECORDED, "tester", null));
        publish(waiting, 1, new CaseAllocated(waiting, "825", LocalDate.of(2025, 1, 11), "sw.ann", team, RECORDED,
                "t", null));
        publish(waiting, 2, new AdoptionDecisionMade(waiting, "825", LocalDate.of(2025, 3, 1), RECORDED, "t", null));
        publish(waiting, 3, new FamilyFinderAllocated(waiting, "825", LocalDate.of(2025, 3, 2), "ff.fay", RECORDED,
                "t", null));
        recent = UUID.randomUUID().toString();
        publish(recent, 0, new ChildEnteredCare(recent, "825", prefix + "-0001", LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 3, 20), LegalStatus.C2, RECORDED, "tester", null));
        publish(recent, 1, new CaseAllocated(recent, "825", LocalDate.of(2026, 3, 20), "sw.bob", team, RECORDED,
                "t", null));
        publish(recent, 2, new StatutoryVisitMade(recent, "825", LocalDate.of(2026, 3, 24), true, RECORDED, "t",
                null));
        unborn = UUID.randomUUID().toString();
        publish(unborn, 0, new UnbornChildTracked(unborn, "825", LocalDate.of(2026, 3, 1), prefix + "-0003",
                LocalDate.of(2026, 6, 1), RECORDED, "tester", null));
        publish(unborn, 1, new CaseAllocated(unborn, "825", LocalDate.of(2026, 3, 2), "sw.bob", team, RECORDED,
                "t", null));
        eventually(() -> assertThat(jdbc.sql("select count(*) from case_timeliness where team = ?").param(team)
                .query(Long.class).single()).isEqualTo(3));
    }

    private void publish(String caseId, long sequence, CaseEvent event) throws Exception {
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), sequence, event)).get();
    }

    private MockHttpServletRequestBuilder caseload() {
        return get("/api/caseload").param("team", team);
    }

    @Test
    void eachChildShowsReferenceAgeStagePlanWorkersDaysAtStageNextDeadlineAndWhatIsOverdue() throws Exception {
        mvc.perform(caseload())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(25))
                .andExpect(jsonPath("$.items[*].caseId").value(contains(recent, waiting, unborn)))
                .andExpect(jsonPath("$.items[1].caseReference").value(prefix + "-0002"))
                .andExpect(jsonPath("$.items[1].laCode").value("825"))
                .andExpect(jsonPath("$.items[1].dateOfBirth").value("2020-05-01"))
                .andExpect(jsonPath("$.items[1].ageYears").value(5))
                .andExpect(jsonPath("$.items[1].stage").value("ADOPTION_DECISION"))
                .andExpect(jsonPath("$.items[1].stageSince").value("2025-03-01"))
                .andExpect(jsonPath("$.items[1].daysAtStage").value(396))
                .andExpect(jsonPath("$.items[1].permanencePlan").value("ADOPTION"))
                .andExpect(jsonPath("$.items[1].team").value(team))
                .andExpect(jsonPath("$.items[1].socialWorker").value("sw.ann"))
                .andExpect(jsonPath("$.items[1].familyFinder").value("ff.fay"))
                // no visit within a week of entering care, then no first review: overdue since 17 January 2025
                .andExpect(jsonPath("$.items[1].nextRule").value("VISIT_AFTER_PLACEMENT"))
                .andExpect(jsonPath("$.items[1].nextDueOn").value("2025-01-17"))
                .andExpect(jsonPath("$.items[1].nextDaysLeft").value(-439))
                .andExpect(jsonPath("$.items[1].overdue").value(hasItem("FIRST_REVIEW")))
                .andExpect(jsonPath("$.items[1].overdue").value(hasItem("ENTRY_TO_PLACEMENT")))
                // entered care Friday 2026-03-20: first review within 20 working days, Easter excluded
                .andExpect(jsonPath("$.items[0].nextRule").value("FIRST_REVIEW"))
                .andExpect(jsonPath("$.items[0].nextDueOn").value("2026-04-21"))
                .andExpect(jsonPath("$.items[0].nextDaysLeft").value(20))
                .andExpect(jsonPath("$.items[0].overdue").isEmpty())
                .andExpect(jsonPath("$.items[0].ageYears").value(1))
                .andExpect(jsonPath("$.items[2].stage").value("PRE_BIRTH"))
                .andExpect(jsonPath("$.items[2].dateOfBirth").isEmpty())
                .andExpect(jsonPath("$.items[2].expectedDateOfBirth").value("2026-06-01"))
                .andExpect(jsonPath("$.items[2].ageYears").isEmpty());
    }

    @Test
    void filtersNarrowTheListAndTheTotal() throws Exception {
        mvc.perform(caseload().param("overdue", "true"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].caseId").value(contains(waiting)));
        mvc.perform(caseload().param("worker", "sw.bob"))
                .andExpect(jsonPath("$.items[*].caseId").value(containsInAnyOrder(recent, unborn)));
        mvc.perform(caseload().param("familyFinder", "ff.fay"))
                .andExpect(jsonPath("$.items[*].caseId").value(contains(waiting)));
        mvc.perform(caseload().param("stage", "IN_CARE"))
                .andExpect(jsonPath("$.items[*].caseId").value(contains(recent)));
        mvc.perform(caseload().param("la", "826")).andExpect(jsonPath("$.total").value(0));
        // an empty field of a form is no filter
        mvc.perform(caseload().param("la", "").param("worker", " ")).andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/caseload").param("reference", prefix.toLowerCase() + "-000"))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/caseload").param("reference", prefix.substring(1).toLowerCase() + "-0003"))
                .andExpect(jsonPath("$.items[*].caseId").value(contains(unborn)));
        // % and _ are searched for as themselves, not as patterns
        mvc.perform(caseload().param("reference", "%")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(caseload().param("reference", prefix + "_000")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void everyColumnSortsBothWaysAndPagesDoNotOverlap() throws Exception {
        assertOrder("reference", recent, waiting, unborn);
        assertOrder("-reference", unborn, waiting, recent);
        assertOrder("age", unborn, recent, waiting);
        assertOrder("-age", waiting, recent, unborn);
        assertOrder("stage", unborn, recent, waiting);
        assertOrder("-stage", waiting, recent, unborn);
        // a child not yet born has no stage date: last either way
        assertOrder("daysAtStage", recent, waiting, unborn);
        assertOrder("-daysAtStage", waiting, recent, unborn);
        mvc.perform(caseload().param("sort", "nextDueOn"))
                .andExpect(jsonPath("$.items[0].caseId").value(waiting))
                .andExpect(jsonPath("$.items[1].caseId").value(recent));
        mvc.perform(caseload().param("sort", "-nextDueOn"))
                .andExpect(jsonPath("$.items[*].caseId").value(hasItem(recent)));

        mvc.perform(caseload().param("size", "2").param("page", "0"))
                .andExpect(jsonPath("$.items[*].caseId").value(contains(recent, waiting)));
        mvc.perform(caseload().param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].caseId").value(contains(unborn)));
    }

    private void assertOrder(String sort, String... caseIds) throws Exception {
        mvc.perform(caseload().param("sort", sort))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId").value(contains((Object[]) caseIds)));
    }

    @Test
    void callersSeeOnlyTheirCouncilsOrTheirRaasMembersAndVaasAndOperatorsAreRefused() throws Exception {
        mvc.perform(caseload().header("Authorization", bearer(TestTokens.token("825", "social-worker"))))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(caseload().header("Authorization", bearer(TestTokens.token("825", "family-finder"))))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(caseload().header("Authorization", bearer(TestTokens.tokenOf("raa", "adopt-thames-valley",
                        "raa-lead"))))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(caseload().header("Authorization", bearer(TestTokens.token("931", "team-manager"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(caseload().param("la", "825")
                        .header("Authorization", bearer(TestTokens.token("931", "team-manager"))))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(caseload().header("Authorization", bearer(TestTokens.tokenOf("raa", "adoption-counts",
                        "raa-lead"))))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(caseload().accept("text/csv")
                        .header("Authorization", bearer(TestTokens.token("931", "team-manager"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(prefix))));
        mvc.perform(caseload().header("Authorization", bearer(TestTokens.tokenOf("vaa", "vaa-one", "vaa-worker"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(caseload().header("Authorization", bearer(TestTokens.tokenOf("raa", "adopt-thames-valley",
                        "ops"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreAProblemNamingEachField() throws Exception {
        mvc.perform(get("/api/caseload").param("la", "82").param("stage", "CLOSED").param("overdue", "yes")
                        .param("sort", "colour").param("page", "-1").param("size", "201")
                        .param("reference", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains("la", "reference", "stage", "overdue",
                        "sort", "page", "size")));
        mvc.perform(get("/api/caseload").param("overdue", "lots").accept("text/csv"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/caseload").param("sort", "-").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void theCsvHasEveryMatchingChildInTheSameOrderAsAnAttachmentWithNoFormula() throws Exception {
        String evil = "=HYPERLINK(\"http://evil.example\")" + UUID.randomUUID();
        String caseId = UUID.randomUUID().toString();
        publish(caseId, 0, new ChildEnteredCare(caseId, "825", "@" + prefix, LocalDate.of(2024, 5, 1),
                LocalDate.of(2026, 3, 20), LegalStatus.C2, RECORDED, "tester", null));
        publish(caseId, 1, new CaseAllocated(caseId, "825", LocalDate.of(2026, 3, 20), "+sw", evil, RECORDED, "t",
                null));
        eventually(() -> mvc.perform(get("/api/caseload").param("team", evil)).andExpect(jsonPath("$.total").value(1)));

        String csv = mvc.perform(caseload().param("sort", "-reference").param("size", "1").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"caseload.csv\""))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).toList()).startsWith("caseReference", "caseId", "laCode", "dateOfBirth");
        assertThat(records).hasSize(4);
        assertThat(records.subList(1, 4)).extracting(record -> record.get(1)).containsExactly(unborn, waiting, recent);
        assertThat(records.get(2).get(records.get(0).toList().indexOf("overdue"))).contains("FIRST_REVIEW");
        assertThat(records.get(2).get(records.get(0).toList().indexOf("familyFinder"))).isEqualTo("ff.fay");

        List<String> row = CSVFormat.RFC4180.parse(new StringReader(mvc.perform(get("/api/caseload")
                        .param("team", evil).accept("text/csv")).andReturn().getResponse().getContentAsString()))
                .getRecords().get(1).toList();
        assertThat(row).contains("'@" + prefix, "'" + evil, "'+sw");
    }

    @Test
    void rowsWrittenBeforeTheCaseloadColumnsAreFilledByTheFirstSweepAfterTheMigration() throws Exception {
        jdbc.sql("""
                        update case_timeliness set case_reference = null, date_of_birth = null, next_rule = null,
                            next_due_on = null where team = ?""").param(team).update();
        // what V3__caseload.sql does to an existing installation
        jdbc.sql("delete from rules_in_force").update();

        sweep.sweep();

        mvc.perform(caseload())
                .andExpect(jsonPath("$.items[1].caseReference").value(prefix + "-0002"))
                .andExpect(jsonPath("$.items[1].dateOfBirth").value("2020-05-01"))
                .andExpect(jsonPath("$.items[1].nextRule").value("VISIT_AFTER_PLACEMENT"));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
