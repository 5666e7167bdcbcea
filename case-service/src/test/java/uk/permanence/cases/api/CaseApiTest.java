package uk.permanence.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.audit.CaseRead;
import uk.permanence.cases.audit.AuditTrail;
import uk.permanence.cases.casefile.CaseIds;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.GoldenFiles;
import uk.permanence.testing.TestTokens;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestConsumers;

/** The case API on a real PostgreSQL event store and a real Kafka broker. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class CaseApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void theAuditTrailKeepsAReadExactlyAsTheContractsGoldenFileFixesItAndARedeliveryOnceAndListsIt() throws Exception {
        String golden = GoldenFiles.read(GoldenFiles.caseRead(CaseRead.REVISION));
        CaseRead read = CaseRead.fromJson(golden);

        auditTrail.keep(List.of(golden, golden));

        assertThat(jdbc.sql("""
                        select user_id, role, tenant, case_id, service, endpoint, correlation_id from audit_read
                        where read_id = ?""").param(read.readId())
                .query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7))).list())
                .containsExactly(List.of("sam.worker@825", "social-worker", "councils 825",
                        "0b7e3c52-5b3f-3a8e-9d6c-1f2a3b4c5d6e", "tracking-service",
                        "/api/cases/{caseId}/timeliness", "c0ffee00-0000-4000-8000-000000000001"));
        mvc.perform(get("/api/audit").param("caseId", "0b7e3c52-5b3f-3a8e-9d6c-1f2a3b4c5d6e"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].readId").value(read.readId().toString()))
                .andExpect(jsonPath("$.items[0].endpoint").value("/api/cases/{caseId}/timeliness"));
    }

    @Test
    void opensACaseAndPublishesChildEnteredCare() throws Exception {
        String location = mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", bearer("825", "social-worker"))
                        .content(newCase("825", "DEMO-0001", "2024-05-01", "2025-01-10", "C2")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseId").isString())
                .andReturn().getResponse().getHeader("Location");
        String caseId = location.substring("/api/cases/".length());

        assertThat(storedEventTypes(caseId)).containsExactly("uk.permanence.events.ChildEnteredCare");
        List<ConsumerRecord<String, String>> published = new CopyOnWriteArrayList<>();
        try (Consumer<String, String> consumer = TestConsumers.subscribe(broker, CaseEventTopic.NAME,
                "open-case-test")) {
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(published::add);
                assertThat(published).anySatisfy(record -> assertThat(record.key()).isEqualTo(caseId));
            });
        }
        ConsumerRecord<String, String> record = published.stream()
                .filter(r -> r.key().equals(caseId)).findFirst().orElseThrow();
        CaseEventEnvelope envelope = new CaseEventCodec().read(record.value());
        assertThat(envelope.type()).isEqualTo("ChildEnteredCare");
        assertThat(envelope.sequence()).isZero();
        assertThat(envelope.laCode()).isEqualTo("825");
        assertThat(envelope.occurredOn()).hasToString("2025-01-10");
        assertThat(envelope.recordedBy()).isEqualTo("social-worker@825");
    }

    @Test
    void openingTheSameCaseTwiceIsAConflict() throws Exception {
        String body = newCase("826", "DUP-1", "2024-05-01", "2025-01-10", "C1");
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedEventTypes(CaseIds.of("826", "DUP-1"))).hasSize(1);
    }

    @Test
    void aChildWhoComesBackIntoCareStartsANewPeriodAndTheCaseFileShowsEveryPeriod() throws Exception {
        String caseId = open("825", "RETURNS-1");
        milestone(caseId, "return-home", "{\"returnedOn\":\"2025-04-01\"}").andExpect(status().isOk());
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("825", "RETURNS-1", "2024-05-01", "2025-08-20", "C2")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/cases/" + caseId));
        milestone(caseId, "adoption-decision", "{\"decidedOn\":\"2025-09-01\"}").andExpect(status().isOk());

        mvc.perform(get("/api/cases/{caseId}", caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("ADOPTION_DECISION"))
                .andExpect(jsonPath("$.enteredCareOn").value("2025-08-20"))
                .andExpect(jsonPath("$.periodsOfCare.length()").value(2))
                .andExpect(jsonPath("$.periodsOfCare[0].enteredCareOn").value("2025-01-10"))
                .andExpect(jsonPath("$.periodsOfCare[0].closedOn").value("2025-04-01"))
                .andExpect(jsonPath("$.periodsOfCare[0].closedBecause").value("returned home"))
                .andExpect(jsonPath("$.periodsOfCare[1].enteredCareOn").value("2025-08-20"))
                .andExpect(jsonPath("$.periodsOfCare[1].adoptionDecisionOn").value("2025-09-01"))
                .andExpect(jsonPath("$.periodsOfCare[1].closedOn").isEmpty());
    }

    @Test
    void namesEveryMissingOrWrongFieldAndRecordsNothing() throws Exception {
        long before = eventCount();
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"laCode\":\"82\",\"caseReference\":\"\",\"enteredCareOn\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains(
                        "caseReference", "dateOfBirth", "laCode", "legalStatus")));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void namesAFieldThatCannotBeRead() throws Exception {
        long before = eventCount();
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("825", "BAD-STATUS", "2024-05-01", "2025-01-10", "XX")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalStatus"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownCouncilAFutureDateAndEntryBeforeBirth() throws Exception {
        long before = eventCount();
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("825", "FUTURE", "2024-05-01", "2999-01-01", "C2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("enteredCareOn"))
                .andExpect(jsonPath("$.overridable").value(false));
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("999", "UNKNOWN-LA", "2024-05-01", "2025-01-10", "C2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("laCode"));
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("825", "BEFORE-BIRTH", "2024-05-01", "2024-04-01", "C2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("enteredCareOn"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void recordsMilestonesAndShowsThemInTheCaseFileWithBothDates() throws Exception {
        String caseId = open("825", "JOURNEY-1");
        milestone(caseId, "adoption-decision", "{\"decidedOn\":\"2025-03-01\"}").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        milestone(caseId, "placement-order", "{\"grantedOn\":\"2025-05-01\"}").andExpect(status().isOk());

        mvc.perform(get("/api/cases/{caseId}", caseId))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.stage").value("PLACEMENT_ORDER"))
                .andExpect(jsonPath("$.permanencePlan").value("ADOPTION"))
                .andExpect(jsonPath("$.placementOrderOn").value("2025-05-01"))
                .andExpect(jsonPath("$.events[2].type").value("PlacementOrderGranted"))
                .andExpect(jsonPath("$.events[2].occurredOn").value("2025-05-01"))
                .andExpect(jsonPath("$.events[2].recordedAt").isString());
    }

    @Test
    void aRuleRefusalNamesTheFieldAndAnOverrideReasonRecordsItAnyway() throws Exception {
        String caseId = open("825", "OVERRIDE-1");
        long before = eventCount();
        milestone(caseId, "match", "{\"matchedOn\":\"2025-06-01\",\"panelRecommendedOn\":\"2025-05-20\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("matchedOn"))
                .andExpect(jsonPath("$.overridable").value(true));
        assertThat(eventCount()).isEqualTo(before);

        milestone(caseId, "match", "{\"matchedOn\":\"2025-06-01\",\"panelRecommendedOn\":\"2025-05-20\","
                + "\"overrideReason\":\"ADM decision is on paper, not yet recorded\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/cases/{caseId}", caseId))
                .andExpect(jsonPath("$.events[1].overrideReason").value("ADM decision is on paper, not yet recorded"));
    }

    @Test
    void anExtensionOfMoreThanEightWeeksIsRefusedNamingWeeksAndRecordsNothing() throws Exception {
        String caseId = open("825", "PROCEEDINGS-1");
        milestone(caseId, "proceedings-issued", "{\"issuedOn\":\"2025-01-06\"}").andExpect(status().isOk());
        long before = eventCount();
        milestone(caseId, "proceedings-extension",
                "{\"extendedOn\":\"2025-06-20\",\"weeks\":9,\"reason\":\"EXPERT_EVIDENCE\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("weeks"))
                .andExpect(jsonPath("$.overridable").value(false));
        milestone(caseId, "proceedings-extension", "{\"extendedOn\":\"2025-06-20\",\"weeks\":8}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(eventCount()).isEqualTo(before);
        milestone(caseId, "proceedings-extension",
                "{\"extendedOn\":\"2025-06-20\",\"weeks\":8,\"reason\":\"EXPERT_EVIDENCE\"}")
                .andExpect(status().isOk());
    }

    @Test
    void aStatutoryVisitIsRecordedAndABadOneNamesVisitedOnAndRecordsNothing() throws Exception {
        String caseId = open("825", "VISITS-1");
        long before = eventCount();
        milestone(caseId, "visits", "{\"seenAlone\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
        milestone(caseId, "visits", "{\"visitedOn\":\"2999-01-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("visitedOn"))
                .andExpect(jsonPath("$.overridable").value(false));
        assertThat(eventCount()).isEqualTo(before);

        milestone(caseId, "visits", "{\"visitedOn\":\"2025-01-15\",\"seenAlone\":true}")
                .andExpect(status().isOk());
        milestone(caseId, "return-home", "{\"returnedOn\":\"2025-03-01\"}").andExpect(status().isOk());
        milestone(caseId, "visits", "{\"visitedOn\":\"2025-03-02\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedEventTypes(caseId)).containsExactly("uk.permanence.events.ChildEnteredCare",
                "uk.permanence.events.StatutoryVisitMade", "uk.permanence.events.ChildReturnedHome");
    }

    @Test
    void malformedMilestonesNameEachWrongField() throws Exception {
        String caseId = open("825", "MALFORMED-1");
        milestone(caseId, "reviews", "{\"heldOn\":\"2025-02-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("kind", "permanencePlan")));
        milestone(caseId, "reviews", "{\"heldOn\":\"2025-02-01\",\"kind\":\"FIRST\",\"permanencePlan\":\"X\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("permanencePlan"));
        milestone(caseId, "reviews", "{\"heldOn\":\"2025-02-01\",\"colour\":\"blue\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        milestone(caseId, "no-such-milestone", "{}").andExpect(status().isNotFound());
        milestone("no-such-case", "adoption-decision", "{\"decidedOn\":\"2025-03-01\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerAndAppendsNothing() throws Exception {
        String caseId = open("825", "RETRY-1");
        String body = "{\"decidedOn\":\"2025-03-01\"}";
        mvc.perform(post("/api/cases/{caseId}/adoption-decision", caseId).contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "key-1").content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        long after = eventCount();

        mvc.perform(post("/api/cases/{caseId}/adoption-decision", caseId).contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "key-1").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(eventCount()).isEqualTo(after);

        mvc.perform(post("/api/cases/{caseId}/adoption-decision", caseId).contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "key-1").content("{\"decidedOn\":\"2025-03-02\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(eventCount()).isEqualTo(after);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() throws Exception {
        String caseId = open("825", "STALE-1");
        milestone(caseId, "adoption-decision", "{\"decidedOn\":\"2025-03-01\"}").andExpect(status().isOk());
        long before = eventCount();

        mvc.perform(post("/api/cases/{caseId}/placement-order", caseId).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"0\"").content("{\"grantedOn\":\"2025-05-01\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(eventCount()).isEqualTo(before);

        mvc.perform(post("/api/cases/{caseId}/placement-order", caseId).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"1\"").content("{\"grantedOn\":\"2025-05-01\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void manyConcurrentCommandsOnOneCaseLoseNoUpdate() throws Exception {
        String caseId = open("825", "CONCURRENT-1");
        int threads = 16;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        var start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            int n = i;
            pool.submit(() -> {
                start.await();
                statuses.add(mvc.perform(post("/api/cases/{caseId}/sibling-links", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"linkedOn\":\"2025-02-01\",\"siblingCaseId\":\"sibling-" + n + "\"}"))
                        .andReturn().getResponse().getStatus());
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        long accepted = statuses.stream().filter(status -> status == 200).count();
        assertThat(statuses).hasSize(threads).allMatch(status -> status == 200 || status == 409);
        assertThat(storedEventTypes(caseId)).hasSize(1 + (int) accepted);
        assertThat(jdbc.sql("select count(distinct sequence_number) = count(*) from domain_event_entry "
                + "where aggregate_identifier = ?").param(caseId).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theHistoryShowsWhatWasKnownAtAPastMomentAndCorrectionsRecompute() throws Exception {
        String caseId = open("825", "HISTORY-1");
        milestone(caseId, "adoption-decision", "{\"decidedOn\":\"2025-03-01\"}").andExpect(status().isOk());
        java.time.Instant between = java.time.Instant.now();
        Thread.sleep(5);
        milestone(caseId, "corrections", "{\"correctedOn\":\"2025-04-01\",\"correctedSequence\":1,"
                + "\"field\":\"decidedOn\",\"value\":\"2025-02-27\",\"reason\":\"date misread\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/cases/{caseId}", caseId))
                .andExpect(jsonPath("$.adoptionDecisionOn").value("2025-02-27"))
                .andExpect(jsonPath("$.events[1].status").value("in-effect"))
                .andExpect(jsonPath("$.events[1].details.decidedOn").value("2025-02-27"))
                .andExpect(jsonPath("$.events[2].status").value("correction"));
        mvc.perform(get("/api/cases/{caseId}/history", caseId).param("asOf", between.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adoptionDecisionOn").value("2025-03-01"))
                .andExpect(jsonPath("$.events.length()").value(2));
    }

    @Test
    void anotherCouncilsCaseAnswersNotFoundAndTakesNoCommand() throws Exception {
        String caseId = open("825", "TENANCY-1");
        long before = eventCount();

        mvc.perform(get("/api/cases/{caseId}", caseId).header("Authorization", bearer("931", "social-worker")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/cases/{caseId}/adoption-decision", caseId).contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", bearer("931", "social-worker"))
                        .content("{\"decidedOn\":\"2025-03-01\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", bearer("931", "social-worker"))
                        .content(newCase("825", "TENANCY-2", "2024-05-01", "2025-01-10", "C2")))
                .andExpect(status().isForbidden());
        assertThat(eventCount()).isEqualTo(before);

        mvc.perform(get("/api/cases/{caseId}", caseId).header("Authorization", bearer("825", "social-worker")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/cases/{caseId}", caseId).header("Authorization", "Bearer " + TestTokens.tokenOf("raa", "adopt-thames-valley", "raa-lead")))
                .andExpect(status().isOk());
    }

    @Test
    void aVaaSeesListsAndRecordsFamilyFindingOnlyForChildrenSharedWithIt() throws Exception {
        String shared = open("825", "VAA-SHARED");
        String notShared = open("825", "VAA-NOT-SHARED");
        milestone(shared, "adoption-decision", "{\"decidedOn\":\"2025-02-01\"}").andExpect(status().isOk());
        milestone(shared, "vaa-shares", "{\"sharedOn\":\"2025-02-01\",\"vaaId\":\"vaa-north\"}")
                .andExpect(status().isOk());

        eventually(() -> mvc.perform(asVaa(get("/api/cases")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseId", contains(shared)))
                .andExpect(jsonPath("$.total").value(1)));
        mvc.perform(asVaa(get("/api/cases/{caseId}", shared)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseReference").value("VAA-SHARED"))
                .andExpect(jsonPath("$.events").doesNotExist())
                .andExpect(jsonPath("$.socialWorker").doesNotExist());
        mvc.perform(asVaa(get("/api/cases/{caseId}", notShared))).andExpect(status().isNotFound());

        mvc.perform(asVaa(post("/api/cases/{caseId}/adopter-links", shared)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"linkedOn\":\"2025-03-01\",\"linkId\":\"L-1\",\"agency\":\"VAA\",\"agencyId\":\"vaa-north\"}"))
                .andExpect(status().isOk());
        mvc.perform(asVaa(post("/api/cases/{caseId}/adoption-decision", shared))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decidedOn\":\"2025-03-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(asVaa(post("/api/cases/{caseId}/adopter-links", notShared))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"linkedOn\":\"2025-03-01\",\"linkId\":\"L-2\",\"agency\":\"VAA\",\"agencyId\":\"vaa-north\"}"))
                .andExpect(status().isNotFound());
        assertThat(storedEventTypes(notShared)).hasSize(1);

        milestone(shared, "vaa-unshares", "{\"unsharedOn\":\"2025-04-01\",\"vaaId\":\"vaa-north\"}")
                .andExpect(status().isOk());
        mvc.perform(asVaa(get("/api/cases/{caseId}", shared))).andExpect(status().isNotFound());
    }

    @Test
    void afterADisruptionTheCaseFileShowsOnlyTheCurrentPlacementAndEveryPlacementWithItsEnd() throws Exception {
        String caseId = open("825", "PLACEMENTS-1");
        milestone(caseId, "adoption-decision", "{\"decidedOn\":\"2025-02-01\"}").andExpect(status().isOk());
        milestone(caseId, "placement-order", "{\"grantedOn\":\"2025-03-01\"}").andExpect(status().isOk());
        milestone(caseId, "match", "{\"matchedOn\":\"2025-04-01\",\"panelRecommendedOn\":\"2025-03-25\"}")
                .andExpect(status().isOk());
        milestone(caseId, "placement-for-adoption", "{\"placedOn\":\"2025-04-10\",\"withCurrentFosterCarers\":false}")
                .andExpect(status().isOk());
        milestone(caseId, "disruption", "{\"disruptedOn\":\"2025-06-01\",\"reason\":\"needs not met\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/cases/{caseId}", caseId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.placedOn").value(nullValue()))
                .andExpect(jsonPath("$.matchedOn").value(nullValue()))
                .andExpect(jsonPath("$.placements.length()").value(1))
                .andExpect(jsonPath("$.placements[0].placedOn").value("2025-04-10"))
                .andExpect(jsonPath("$.placements[0].endedOn").value("2025-06-01"))
                .andExpect(jsonPath("$.placements[0].endedBecause").value("disrupted: needs not met"));

        milestone(caseId, "match", "{\"matchedOn\":\"2025-08-01\",\"panelRecommendedOn\":\"2025-07-25\"}")
                .andExpect(status().isOk());
        milestone(caseId, "placement-for-adoption", "{\"placedOn\":\"2025-08-15\",\"withCurrentFosterCarers\":false}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/cases/{caseId}", caseId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.placedOn").value("2025-08-15"))
                .andExpect(jsonPath("$.placements.length()").value(2))
                .andExpect(jsonPath("$.placements[0].endedOn").value("2025-06-01"))
                .andExpect(jsonPath("$.placements[1].placedOn").value("2025-08-15"))
                .andExpect(jsonPath("$.placements[1].endedOn").value(nullValue()));
    }

    @Test
    void aPlacementForAdoptionWithoutAMatchIsRefusedNamingTheRuleUnlessOverridden() throws Exception {
        String caseId = open("825", "NO-MATCH-1");
        milestone(caseId, "early-permanence-placement",
                "{\"startedOn\":\"2025-01-20\",\"type\":\"FOSTERING_FOR_ADOPTION\"}").andExpect(status().isOk());
        milestone(caseId, "adoption-decision", "{\"decidedOn\":\"2025-02-01\"}").andExpect(status().isOk());
        long before = storedEventTypes(caseId).size();

        milestone(caseId, "placement-for-adoption",
                "{\"placedOn\":\"2025-04-10\",\"withCurrentFosterCarers\":true}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.overridable").value(true))
                .andExpect(jsonPath("$.errors[0].field").value("placedOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("needs a match")));
        assertThat(storedEventTypes(caseId)).hasSize((int) before);

        milestone(caseId, "placement-for-adoption", "{\"placedOn\":\"2025-04-10\","
                + "\"withCurrentFosterCarers\":true,\"overrideReason\":\"match decision on paper, recorded late\"}")
                .andExpect(status().isOk());
        assertThat(storedEventTypes(caseId)).hasSize((int) before + 1);
    }

    @Test
    void aPageLargerThanTheCapIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/cases").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    private static MockHttpServletRequestBuilder asVaa(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestTokens.tokenOf("vaa", "vaa-north", "vaa-worker"));
    }

    private static String bearer(String laCode, String role) {
        return "Bearer " + TestTokens.token(laCode, role);
    }

    private String open(String la, String reference) throws Exception {
        String location = mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase(la, reference, "2024-05-01", "2025-01-10", "C2")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return location.substring("/api/cases/".length());
    }

    private org.springframework.test.web.servlet.ResultActions milestone(String caseId, String milestone,
                                                                        String body) throws Exception {
        return mvc.perform(post("/api/cases/{caseId}/{milestone}", caseId, milestone)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<String> storedEventTypes(String caseId) {
        return jdbc.sql("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number").param(caseId).query(String.class).list();
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private static String newCase(String la, String reference, String born, String entered, String status) {
        return """
                {"laCode":"%s","caseReference":"%s","dateOfBirth":"%s","enteredCareOn":"%s","legalStatus":"%s"}"""
                .formatted(la, reference, born, entered, status);
    }
}
