package uk.permanence.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.cases.casefile.CaseIds;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestConsumers;
import uk.permanence.testing.TestTokens;

/**
 * SSDA903 files uploaded through the API become events of each child's case through the aggregate's rules, on a
 * real PostgreSQL event store and a real Kafka broker.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class Ssda903ImportTest {

    private static final Path HAND_MADE = Path.of("src/test/resources/ssda903-import");
    private static final Path FORMAT_SAMPLES = Path.of("../ssda903/src/test/resources/ssda903-format-samples");
    private static final List<String> HAND_MADE_FILES = List.of("header_2024-25.csv", "episodes_2024-25.csv",
            "reviews_2024-25.csv", "ad1_2024-25.csv", "placed_adoption_2024-25.csv", "oc2_2024-25.csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore events;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    Ssda903Imports imports;

    @Test
    void eachGoodChildBecomesEventsOfItsCaseAndTheRestAreReportedAndAnImportAgainAppendsNothing() throws Exception {
        String conflicted = CaseIds.of("825", "CONFLICT1");
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content("""
                        {"laCode":"825","caseReference":"CONFLICT1","dateOfBirth":"2019-07-07",
                         "enteredCareOn":"2022-01-01","legalStatus":"C2"}"""))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/cases/{caseId}/adoption-decision", conflicted).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decidedOn\":\"2022-05-01\"}")).andExpect(status().isOk());

        JsonNode first = importAndWait("825", files(HAND_MADE, HAND_MADE_FILES));

        assertThat(first.path("status").asString()).isEqualTo("DONE");
        assertThat(first.path("children").asInt()).isEqualTo(5);
        assertThat(first.path("childrenImported").asInt()).isEqualTo(3);
        assertThat(first.path("childrenRefused").asInt()).isEqualTo(2);
        assertThat(first.path("eventsAppended").asInt()).isEqualTo(8 + 3 + 1);
        assertThat(first.path("milestonesAlreadyHeld").asInt()).isEqualTo(1);
        assertThat(first.path("conflicts").asInt()).isEqualTo(1);
        assertThat(first.path("files")).anySatisfy(file -> {
            assertThat(file.path("name").asString()).isEqualTo("oc2_2024-25.csv");
            assertThat(file.path("table").isNull()).isTrue();
        });
        assertThat(first.path("files")).anySatisfy(file -> {
            assertThat(file.path("name").asString()).isEqualTo("episodes_2024-25.csv");
            assertThat(file.path("table").asString()).isEqualTo("EPISODES");
            assertThat(file.path("collectionYear").asString()).isEqualTo("2024-25");
            assertThat(file.path("rows").asInt()).isEqualTo(8);
        });
        assertThat(eventTypes("ADOPT1")).containsExactly("ChildEnteredCare", "StatutoryReviewHeld",
                "StatutoryReviewHeld", "AdoptionDecisionMade", "PlacementOrderGranted", "ChildMatched",
                "ChildPlacedForAdoption", "AdoptionOrderGranted");
        assertThat(eventTypes("HOME1")).containsExactly("ChildEnteredCare", "ChildReturnedHome", "ChildEnteredCare");
        assertThat(eventTypes("BROKEN1")).isEmpty();
        assertThat(eventTypes("REFUSED1")).as("a child the case refuses keeps none of its events").isEmpty();
        assertThat(eventTypes("CONFLICT1")).containsExactly("ChildEnteredCare", "AdoptionDecisionMade",
                "StatutoryReviewHeld");
        List<? extends DomainEventMessage<?>> adopted = events.readEvents(CaseIds.of("825", "ADOPT1")).asStream()
                .toList();
        assertThat(adopted.get(0).getMetaData()).containsEntry(ImportedEvents.IMPORT_SOURCE,
                        "2024-25 episodes_2024-25.csv line 2")
                .containsEntry(ImportedEvents.IMPORT_ID, first.path("importId").asString());
        assertThat(adopted.get(0).getPayload()).hasFieldOrPropertyWithValue("recordedBy", "team-manager@adopt-thames-valley");

        mvc.perform(get("/api/imports/{id}/report", first.path("importId").asString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refusedChildren").value(org.hamcrest.Matchers.contains("BROKEN1",
                        "REFUSED1")))
                .andExpect(jsonPath("$.problems[?(@.child == 'BROKEN1')].rule").value(
                        org.hamcrest.Matchers.hasItem("333")))
                .andExpect(jsonPath("$.problems[?(@.child == 'REFUSED1')].rule").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.problems[?(@.child == 'REFUSED1')].message").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("not placed for adoption"))))
                .andExpect(jsonPath("$.conflicts[0].child").value("CONFLICT1"))
                .andExpect(jsonPath("$.conflicts[0].milestone").value("ADOPTION_DECISION_MADE"))
                .andExpect(jsonPath("$.conflicts[0].held").value("ADOPTION_DECISION_MADE on 2022-05-01"))
                .andExpect(jsonPath("$.conflicts[0].imported").value("ADOPTION_DECISION_MADE on 2022-06-01"));
        var csv = mvc.perform(get("/api/imports/{id}/report", first.path("importId").asString()).accept("text/csv"))
                .andExpect(request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(csv))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "conflict,CONFLICT1,,,,,,ADOPTION_DECISION_MADE")));
        List<ConsumerRecord<String, String>> published = new CopyOnWriteArrayList<>();
        try (Consumer<String, String> consumer = TestConsumers.subscribe(broker, CaseEventTopic.NAME,
                "import-test")) {
            // behind every event the other tests' imports appended in bulk, which the publisher sends on at its own pace
            eventually(Duration.ofMinutes(5), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(published::add);
                assertThat(published).anySatisfy(record -> assertThat(importSource(record)).isEqualTo(
                        "2024-25 reviews_2024-25.csv line 4"));
            });
        }
        assertThat(published).filteredOn(record -> record.key().equals(conflicted))
                .extracting(this::importSource).startsWith(null, null);

        long before = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
        JsonNode again = importAndWait("825", files(HAND_MADE, HAND_MADE_FILES));

        assertThat(again.path("eventsAppended").asInt()).isZero();
        assertThat(again.path("childrenImported").asInt()).isZero();
        assertThat(again.path("childrenUnchanged").asInt()).isEqualTo(3);
        assertThat(again.path("milestonesAlreadyHeld").asInt()).isEqualTo(8 + 3 + 2);
        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theFormatSamplesImportTheirConsistentChildrenAndCountEveryChildOnce() throws Exception {
        JsonNode done = importAndWait("826", files(FORMAT_SAMPLES, List.of("header.csv", "episodes.csv",
                "reviews.csv", "ad1.csv", "placed_for_adoption.csv")), "2024-25");

        assertThat(done.path("status").asString()).isEqualTo("DONE");
        int children = done.path("children").asInt();
        assertThat(children).isGreaterThan(2000);
        assertThat(done.path("childrenImported").asInt() + done.path("childrenRefused").asInt()
                + done.path("childrenUnchanged").asInt()).isEqualTo(children);
        assertThat(done.path("childrenImported").asInt()).isPositive();
        long stored = jdbc.sql("select count(*) from domain_event_entry where convert_from(meta_data, 'UTF8') like ?")
                .param("%" + done.path("importId").asString() + "%").query(Long.class).single();
        assertThat(stored).isEqualTo(done.path("eventsAppended").asLong()).isPositive();
        mvc.perform(get("/api/imports/{id}/report", done.path("importId").asString()))
                .andExpect(jsonPath("$.problems[?(@.rule == '120')]").isNotEmpty())
                .andExpect(jsonPath("$.problems[?(@.message =~ /The case refused .*/)]").isNotEmpty());
    }

    /** Ten years of a council's adoptions, 1,500 children of 8 milestones each: the rate is logged, not asserted. */
    @Test
    void aCouncilsHistoryOfFifteenHundredChildrenImportsEveryChild() throws Exception {
        StringBuilder header = new StringBuilder("CHILD,SEX,DOB,ETHNIC\n");
        StringBuilder episodes = new StringBuilder("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n");
        StringBuilder reviews = new StringBuilder("CHILD,REVIEW,REVIEW_CODE\n");
        StringBuilder ad1 = new StringBuilder("CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE\n");
        StringBuilder placed = new StringBuilder("CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n");
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        int children = 1500;
        for (int i = 0; i < children; i++) {
            String child = "BULK" + i;
            java.time.LocalDate entered = java.time.LocalDate.of(2014, 4, 1).plusDays(i * 2L);
            java.time.LocalDate decided = entered.plusDays(150);
            java.time.LocalDate ordered = entered.plusDays(200);
            java.time.LocalDate matched = entered.plusDays(300);
            java.time.LocalDate placedOn = entered.plusDays(330);
            java.time.LocalDate adopted = entered.plusDays(500);
            header.append(child).append(",1,").append(dmy.format(entered.minusYears(1))).append(",WBRI\n");
            episodes.append(child).append(',').append(dmy.format(entered)).append(",S,C2,U4,")
                    .append(dmy.format(ordered)).append(",X1\n");
            episodes.append(child).append(',').append(dmy.format(ordered)).append(",L,E1,U4,")
                    .append(dmy.format(placedOn)).append(",X1\n");
            episodes.append(child).append(',').append(dmy.format(placedOn)).append(",T,E1,A6,")
                    .append(dmy.format(adopted)).append(",E11\n");
            reviews.append(child).append(',').append(dmy.format(entered.plusDays(20))).append(",PN1\n");
            reviews.append(child).append(',').append(dmy.format(entered.plusDays(110))).append(",PN1\n");
            ad1.append(child).append(',').append(dmy.format(decided)).append(',').append(dmy.format(matched))
                    .append(",0\n");
            placed.append(child).append(',').append(dmy.format(decided)).append(",,\n");
        }
        List<MockMultipartFile> files = List.of(csv("header.csv", header), csv("episodes.csv", episodes),
                csv("reviews.csv", reviews), csv("ad1.csv", ad1), csv("placed.csv", placed));

        JsonNode done = importAndWait("931", files, "2024-25");

        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("childrenImported").asInt()).isEqualTo(children);
        assertThat(done.path("eventsAppended").asInt()).isEqualTo(children * 8);
        long seconds = Duration.between(java.time.Instant.parse(done.path("startedAt").asString()),
                java.time.Instant.parse(done.path("finishedAt").asString())).toSeconds();
        System.out.printf("SSDA903 import of %d children: %d events in about %d s, start to finish%n", children,
                children * 8, seconds);
    }

    private static MockMultipartFile csv(String name, StringBuilder rows) {
        return new MockMultipartFile("files", name, "text/csv",
                rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aDecisionReversedBeforeTheChildLeavesCareIsImportedAsAPlanChangeWithItsReason() throws Exception {
        String child = "REV-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode done = importAndWait("825", List.of(
                csv("header_2020-21.csv", new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n")
                        .append(child).append(",1,06/06/2019,WBRI,,,\n")),
                csv("episodes_2020-21.csv", new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,"
                        + "REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n").append(child)
                        .append(",20/12/2019,S,C1,N5,U6,PR4,11/11/2020,E47,,,,\n")),
                csv("reviews_2020-21.csv", new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\n").append(child)
                        .append(",06/06/2019,14/01/2020,PN0\n").append(child).append(",06/06/2019,26/09/2020,PN0\n")),
                csv("placed_for_adoption_2020-21.csv", new StringBuilder(
                        "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n").append(child)
                        .append(",06/06/2019,10/07/2020,22/09/2020,RD4\n"))));

        assertThat(done.path("problems").asInt()).as(done.toString()).isZero();
        assertThat(eventTypes(child)).containsExactly("ChildEnteredCare", "StatutoryReviewHeld",
                "AdoptionDecisionMade", "AdoptionPlanChanged", "StatutoryReviewHeld",
                "SpecialGuardianshipOrderGranted");
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        long imports = importCount();
        mvc.perform(multipart("/api/imports/ssda903").param("la", "825"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("files"));
        mvc.perform(withFiles(multipart("/api/imports/ssda903").param("la", "999"),
                        files(HAND_MADE, List.of("header_2024-25.csv"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("la"));
        mvc.perform(withFiles(multipart("/api/imports/ssda903").param("la", "825"),
                        List.of(new MockMultipartFile("files", "episodes_2024-25.csv", "text/csv", new byte[0]))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("files"));
        mvc.perform(withFiles(multipart("/api/imports/ssda903").param("la", "825"),
                        List.of(new MockMultipartFile("files", "episodes.csv", "text/csv", "CHILD\n1\n".getBytes()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("files"));
        mvc.perform(withFiles(multipart("/api/imports/ssda903").param("la", "825")
                                .header("Authorization", "Bearer " + TestTokens.token("931", "team-manager")),
                        files(HAND_MADE, List.of("header_2024-25.csv"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("la"));
        assertThat(importCount()).isEqualTo(imports);
    }

    @Test
    void anImportIsSeenOnlyByThoseWhoMaySeeItsCouncilAndOnlyManagersMayImport() throws Exception {
        JsonNode done = importAndWait("825", files(HAND_MADE, List.of("header_2024-25.csv")));
        String id = done.path("importId").asString();

        mvc.perform(get("/api/imports/{id}", id).header("Authorization", bearer("931", "team-manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/imports/{id}/report", id).header("Authorization", bearer("931", "team-manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/imports/{id}", id).header("Authorization", bearer("825", "team-manager")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/imports/{id}", id).header("Authorization", bearer("825", "social-worker")))
                .andExpect(status().isForbidden());
        mvc.perform(withFiles(multipart("/api/imports/ssda903").param("la", "825")
                                .header("Authorization", bearer("825", "social-worker")),
                        files(HAND_MADE, List.of("header_2024-25.csv"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/imports/{id}", "not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void anImportARestartInterruptedIsMarkedFailedAtStartUpAndStillAnswers() throws Exception {
        java.util.UUID interrupted = java.util.UUID.randomUUID();
        jdbc.sql("insert into ssda903_import (import_id, la_code, status, requested_by, started_at) "
                + "values (?, '825', 'IMPORTING', 'team-manager@825', now())").param(interrupted).update();

        imports.failInterruptedImports();

        mvc.perform(get("/api/imports/{id}", interrupted))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.finishedAt").isNotEmpty())
                .andExpect(jsonPath("$.failure").value(org.hamcrest.Matchers.containsString("restart")));
    }

    private JsonNode importAndWait(String la, List<MockMultipartFile> files, String... year) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/imports/ssda903").param("la", la);
        if (year.length > 0) {
            request.param("year", year[0]);
        }
        String body = mvc.perform(withFiles(request, files))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/imports/")))
                .andExpect(jsonPath("$.laCode").value(la))
                .andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(body).path("importId").asString();
        List<JsonNode> last = new ArrayList<>(List.of(JSON.readTree(body)));
        eventually(Duration.ofMinutes(5), () -> {
            JsonNode now = JSON.readTree(mvc.perform(get("/api/imports/{id}", id)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            last.set(0, now);
            assertThat(now.path("status").asString()).isIn("DONE", "FAILED");
        });
        return last.get(0);
    }

    private static MockMultipartHttpServletRequestBuilder withFiles(MockMultipartHttpServletRequestBuilder request,
                                                                    List<MockMultipartFile> files) {
        files.forEach(request::file);
        return request;
    }

    private static List<MockMultipartFile> files(Path directory, List<String> names) throws IOException {
        List<MockMultipartFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(new MockMultipartFile("files", name, "text/csv", Files.readAllBytes(directory.resolve(name))));
        }
        return files;
    }

    private List<String> eventTypes(String child) {
        return jdbc.sql("select payload_type from domain_event_entry where aggregate_identifier = ? "
                        + "order by sequence_number").param(CaseIds.of("825", child)).query(String.class).list()
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private String importSource(ConsumerRecord<String, String> record) {
        Header source = record.headers().lastHeader(CaseEventTopic.IMPORT_SOURCE_HEADER);
        return source == null ? null : new String(source.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private long importCount() {
        return jdbc.sql("select count(*) from ssda903_import").query(Long.class).single();
    }

    private static String bearer(String la, String role) {
        return "Bearer " + TestTokens.token(la, role);
    }
}
