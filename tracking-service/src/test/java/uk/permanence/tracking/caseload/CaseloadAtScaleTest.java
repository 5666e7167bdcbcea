package uk.permanence.tracking.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestTokens;

/**
 * A caseload page with 100,000 children in the read model (and 200,000 open deadlines), every filter and sort, as
 * an RAA (30,000 of them its members', several times a real RAA's) and as one council: the timings are printed
 * against the 300 ms at the 95th percentile (docs/caseload.md records them), and the test fails when a page
 * takes seconds, as one that read every child or looked up every child's deadlines would on this shared machine.
 * The plans of the commonest pages are printed too. The rows are synthetic, written straight to the read model, and
 * removed afterwards.
 */
@SpringBootTest(properties = "tracking.sweep-interval=PT1H")
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 2, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class CaseloadAtScaleTest {

    private static final int CHILDREN = 100_000;
    private static final int CALLS = 20;
    /** Far above the 300 ms aimed at, so that a busy shared machine does not fail it; a page reading every child does. */
    private static final long TOO_SLOW_MS = 1500;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void aHundredThousandChildren(@Autowired JdbcClient jdbc) {
        // three in ten in the demo RAA's nine councils, the rest in a hundred others; one in ten closed
        jdbc.sql("""
                insert into case_timeliness (case_id, la_code, team, social_worker, family_finder, stage, stage_since,
                    permanence_plan, entered_care_on, closed_on, case_reference, date_of_birth, next_rule, next_due_on)
                select 'scale-' || i,
                    case when i % 10 < 3 then (array['825','826','931','866','867','868','869','870','872'])[1 + i % 9]
                         else (300 + i % 100)::text end,
                    'team-' || (i % 300), 'sw-' || (i % 3000), case when i % 3 = 0 then 'ff-' || (i % 500) end,
                    (array['IN_CARE','ADOPTION_DECISION','PLACEMENT_ORDER','LINKED','MATCHED',
                           'PLACED_FOR_ADOPTION'])[1 + i % 6],
                    date '2020-01-01' + i % 2000, case when i % 2 = 0 then 'ADOPTION' end, date '2019-06-01' + i % 2000,
                    case when i % 10 = 9 then date '2025-01-01' end, 'SCALE-' || lpad(i::text, 6, '0'),
                    date '2010-01-01' + i % 5800, 'FIRST_REVIEW', date '2025-06-01' + i % 600
                from generate_series(1, ?) i""").param(CHILDREN).update();
        jdbc.sql("""
                insert into case_deadline (case_id, rule, kind, started_on, due_on)
                select case_id, 'FIRST_REVIEW', 'STATUTORY', entered_care_on, next_due_on
                from case_timeliness where case_id like 'scale-%'
                union all
                select case_id, 'ENTRY_TO_PLACEMENT', 'PERFORMANCE_THRESHOLD', entered_care_on, next_due_on + 100
                from case_timeliness where case_id like 'scale-%'""").update();
        // as autovacuum would, so that a count reads the index alone
        jdbc.sql("vacuum analyze case_timeliness").update();
        jdbc.sql("vacuum analyze case_deadline").update();
    }

    @AfterAll
    static void removeThem(@Autowired JdbcClient jdbc) {
        jdbc.sql("delete from case_deadline where case_id like 'scale-%'").update();
        jdbc.sql("delete from case_timeliness where case_id like 'scale-%'").update();
    }

    @Test
    void everyPageOfAHundredThousandChildrenAnswersWithin300MsAtThe95thPercentile() throws Exception {
        String council = "Bearer " + TestTokens.token("825", "social-worker");
        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("RAA, by reference", get("/api/caseload"));
        pages.put("RAA, page 400", get("/api/caseload").param("page", "400"));
        pages.put("RAA, by next deadline, latest first", get("/api/caseload").param("sort", "-nextDueOn"));
        pages.put("RAA, overdue only, by next deadline", get("/api/caseload").param("overdue", "true")
                .param("sort", "nextDueOn"));
        pages.put("RAA, by age", get("/api/caseload").param("sort", "age"));
        pages.put("RAA, by stage", get("/api/caseload").param("sort", "-stage"));
        pages.put("RAA, search by part of a reference", get("/api/caseload").param("reference", "e-0123"));
        pages.put("RAA, one team", get("/api/caseload").param("team", "team-7"));
        pages.put("RAA, one social worker", get("/api/caseload").param("worker", "sw-77"));
        pages.put("RAA, one family-finder", get("/api/caseload").param("familyFinder", "ff-27"));
        pages.put("council, by days at stage", get("/api/caseload").param("sort", "-daysAtStage")
                .header("Authorization", council));
        pages.put("council, one stage, overdue", get("/api/caseload").param("stage", "MATCHED")
                .param("overdue", "true").header("Authorization", council));

        mvc.perform(get("/api/caseload").param("reference", "scale-")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(30_000))
                .andExpect(jsonPath("$.items[0].caseReference").value("SCALE-000001"));
        List<String> slow = new ArrayList<>();
        for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
            long[] millis = new long[CALLS];
            for (int call = 0; call < CALLS; call++) {
                long started = System.nanoTime();
                mvc.perform(page.getValue()).andExpect(status().isOk());
                millis[call] = (System.nanoTime() - started) / 1_000_000;
            }
            Arrays.sort(millis);
            long p95 = millis[(int) Math.ceil(CALLS * 0.95) - 1];
            System.out.printf("caseload at %,d children: %-45s median %3d ms, p95 %3d ms%n", CHILDREN, page.getKey(),
                    millis[CALLS / 2], p95);
            if (p95 > TOO_SLOW_MS) {
                slow.add(page.getKey() + ": " + p95 + " ms");
            }
        }
        String raa = "t.la_code in ('825','826','931','866','867','868','869','870','872')";
        for (String plan : List.of("t.la_code = '825' order by t.case_reference collate \"C\", t.case_id limit 25",
                raa + " order by t.case_reference collate \"C\", t.case_id limit 25",
                raa + " and t.next_due_on < current_date order by t.next_due_on asc nulls last, "
                        + "t.case_reference collate \"C\", t.case_id limit 25")) {
            System.out.println("caseload plan (" + plan + "):");
            jdbc.sql("explain (analyze, costs off, timing off) select t.case_id, array(select d.rule from case_deadline d "
                            + "where d.case_id = t.case_id and d.due_on < current_date) from case_timeliness t "
                            + "where t.closed_on is null and " + plan)
                    .query(String.class).list().forEach(line -> System.out.println("  " + line));
        }
        assertThat(slow).as("pages over " + TOO_SLOW_MS + " ms at the 95th percentile").isEmpty();
    }
}
