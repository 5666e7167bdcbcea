package uk.permanence.reporting.costofdelay;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.LegalStatus;
import uk.permanence.reporting.ReportingServiceTest;

/**
 * Council 826: one child adopted in 2024-25 after 100 days in foster care and 100 placed; two adopted in 2025-26
 * after 60 and 60. Each of the two saved 40 days of each kind: 80 foster days at £650 a week and 80 adoptive days
 * at £75 a week, £58,000 / 7 = £8,286.
 */
class CostOfDelayTest extends ReportingServiceTest {

    private static final String LA = "826";


    @Test
    void daysInCareSavedBetweenTwoPeriodsAndWhatTheyCost() throws Exception {
        adopted("2024-01-01", "2024-04-10", "2024-07-19");
        adopted("2025-01-01", "2025-03-02", "2025-05-01");
        adopted("2025-01-01", "2025-03-02", "2025-05-01");

        eventually(() -> mvc.perform(get("/api/reports/cost-of-delay").param("la", LA)
                        .param("from", "2025-04-01").param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline.from").value("2024-04-01"))
                .andExpect(jsonPath("$.baseline.children").value(1))
                .andExpect(jsonPath("$.baseline.meanDaysInFosterCare").value(100))
                .andExpect(jsonPath("$.period.children").value(2))
                .andExpect(jsonPath("$.period.meanDaysInAdoptivePlacement").value(60))
                .andExpect(jsonPath("$.daysSaved.fosterCare").value(80))
                .andExpect(jsonPath("$.daysSaved.adoptivePlacement").value(80))
                .andExpect(jsonPath("$.costSaved").value(8286))
                .andExpect(jsonPath("$.weeklyCost.fosterCare").value(650)));
    }

    private void adopted(String entered, String placed, String adopted) throws Exception {
        String caseId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(new ChildEnteredCare(caseId, LA, "COST-" + caseId, LocalDate.parse("2023-06-01"),
                LocalDate.parse(entered), LegalStatus.values()[0], now, "t", null), 0);
        publish(new ChildPlacedForAdoption(caseId, LA, LocalDate.parse(placed), false, null, now, "t",
                null), 1);
        publish(new AdoptionOrderGranted(caseId, LA, LocalDate.parse(adopted), now, "t", null), 2);
    }

}
