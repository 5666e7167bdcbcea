package uk.permanence.reporting.quarterly;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/**
 * An RAA's return covers the councils that were its members at the quarter's end: Cornwall (908) joined Adopt
 * South West on 1 April 2024 (councils.yml), so its decisions count from 2024-Q2 and not in 2024-Q1.
 */
class RaaMembershipTest extends ReportingServiceTest {

    private static final String RAA = "adopt-south-west";
    private static final String DEVON = "878";
    private static final String CORNWALL = "908";

    @Test
    void aCouncilThatJoinedAfterAQuarterIsNotInThatQuartersReturnButIsInTheNext() throws Exception {
        decided(DEVON, "2024-02-10");
        decided(CORNWALL, "2024-02-15");
        decided(DEVON, "2024-05-10");
        decided(CORNWALL, "2024-05-15");
        String lead = "Bearer " + TestTokens.tokenOf("raa", RAA, "raa-lead");

        eventually(() -> mvc.perform(get("/api/reports/quarterly-return").param("raa", RAA).param("quarter", "2024-Q2")
                        .header("Authorization", lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.councils", Matchers.hasItems(DEVON, CORNWALL)))
                .andExpect(jsonPath("$.total.admDecisions").value(2)));
        mvc.perform(get("/api/reports/quarterly-return").param("raa", RAA).param("quarter", "2024-Q1")
                        .header("Authorization", lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.councils", Matchers.hasItem(DEVON)))
                .andExpect(jsonPath("$.scope.councils", Matchers.not(Matchers.hasItem(CORNWALL))))
                .andExpect(jsonPath("$.total.admDecisions").value(1));
    }

    @Test
    void anRaaWithNoMembersAtThePeriodsEndIsAProblemNamingTheRaa() throws Exception {
        mvc.perform(get("/api/reports/quarterly-return").param("raa", RAA).param("quarter", "2018-Q1")
                        .header("Authorization", "Bearer " + TestTokens.tokenOf("raa", RAA, "raa-lead")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("raa"));
    }

    private void decided(String la, String on) throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(new ChildEnteredCare(caseId, la, "REF-" + caseId.substring(0, 8), LocalDate.parse("2022-01-01"),
                LocalDate.parse("2023-06-01"), LegalStatus.C2, Instant.now(), "t", null), 0);
        publish(new AdoptionDecisionMade(caseId, la, LocalDate.parse(on), Instant.now(), "t", null), 1);
    }
}
