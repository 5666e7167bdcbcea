package uk.permanence.reporting.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.EventVoided;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementConsentKind;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/** Consent to placement (ACA 2002 s19) is counted in the quarterly return beside placement orders. */
class PlacementConsentCountTest extends ReportingServiceTest {

    private static final String LA = "306";
    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");

    @Test
    void consentsInTheQuarterAreCountedBesidePlacementOrders() throws Exception {
        publishAll(List.of(entered("PC-1"), decision("PC-1", "2026-03-01"), consent("PC-1", "2026-04-10")));
        publishAll(List.of(entered("PC-2"), decision("PC-2", "2026-03-01"), consent("PC-2", "2026-03-31")));
        publishAll(List.of(entered("PC-3"), decision("PC-3", "2026-03-01"),
                new PlacementOrderGranted("PC-3", LA, LocalDate.parse("2026-05-01"), NOW, "t", null)));
        publishAll(List.of(entered("PC-4"), decision("PC-4", "2026-03-01"), consent("PC-4", "2026-05-10"),
                new EventVoided("PC-4", LA, LocalDate.parse("2026-05-11"), 2, "recorded on the wrong child", NOW,
                        "t", null)));

        eventually(() -> mvc.perform(get("/api/reports/quarterly-return").param("la", LA).param("quarter", "2026-Q2")
                        .header("Authorization", "Bearer " + TestTokens.token(LA, "team-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.placementOrders").value(1))
                .andExpect(jsonPath("$.total.placementConsents").value(1))
                .andExpect(jsonPath("$.councils[0].placementConsents").value(1)));
        String csv = mvc.perform(get("/api/reports/quarterly-return").param("la", LA).param("quarter", "2026-Q2")
                        .header("Authorization", "Bearer " + TestTokens.token(LA, "team-manager"))
                        .accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("la_code,adm_decisions,placement_orders,"
                + "placement_consents,");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("306,0,1,1,");
    }

    private void publishAll(List<CaseEvent> events) throws Exception {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            publish(events.get(sequence), sequence);
        }
    }

    private static ChildEnteredCare entered(String caseId) {
        return new ChildEnteredCare(caseId, LA, caseId, LocalDate.parse("2023-01-01"), LocalDate.parse("2025-06-01"),
                LegalStatus.V2, NOW, "t", null);
    }

    private static AdoptionDecisionMade decision(String caseId, String on) {
        return new AdoptionDecisionMade(caseId, LA, LocalDate.parse(on), NOW, "t", null);
    }

    private static PlacementConsentGiven consent(String caseId, String on) {
        return new PlacementConsentGiven(caseId, LA, LocalDate.parse(on), PlacementConsentKind.PLACEMENT, NOW, "t",
                null);
    }
}
