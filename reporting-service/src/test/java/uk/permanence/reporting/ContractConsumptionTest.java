package uk.permanence.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.GoldenFiles;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlanChangeReason;

/** The consumer's side of the contract: every event type exactly as its golden file fixes it is applied. */
class ContractConsumptionTest extends ReportingServiceTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyGoldenCaseEventIsAppliedAndNoneIsSetAside() throws Exception {
        String caseId = UUID.randomUUID().toString();
        List<String> stream = GoldenFiles.everyCaseEventAsOneCase(caseId);
        for (String event : stream) {
            kafka.send(CaseEventTopic.NAME, caseId, event).get();
        }

        // other tests of this context may be rebuilding the read models from the journal meanwhile
        eventually(Duration.ofSeconds(120), () -> assertThat(jdbc.sql("select last_sequence from case_event_position where case_id = ?")
                .param(caseId).query(Long.class).optional()).contains((long) stream.size() - 1));
        assertThat(jdbc.sql("select error from failed_case_event where case_id = ?").param(caseId)
                .query(String.class).list()).isEmpty();
    }

    @Test
    void aPlanChangeThatNamesNoNewPlanIsAppliedAsTheApiAndTheSsda903ImportRecordIt() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(new ChildEnteredCare(caseId, "825", "NO-NEW-PLAN", LocalDate.parse("2019-06-06"),
                LocalDate.parse("2019-12-20"), LegalStatus.C1, Instant.now(), "t", null), 0);
        publish(new AdoptionDecisionMade(caseId, "825", LocalDate.parse("2020-07-10"), Instant.now(), "t", null), 1);
        publish(new AdoptionPlanChanged(caseId, "825", LocalDate.parse("2020-09-22"), PlanChangeReason.RD4,
                DecidedBy.COUNCIL, null, Instant.now(), "t", null), 2);

        eventually(Duration.ofSeconds(120), () -> assertThat(jdbc.sql(
                "select last_sequence from case_event_position where case_id = ?").param(caseId).query(Long.class)
                .optional()).contains(2L));
        assertThat(jdbc.sql("select error from failed_case_event where case_id = ?").param(caseId)
                .query(String.class).list()).isEmpty();
    }
}
