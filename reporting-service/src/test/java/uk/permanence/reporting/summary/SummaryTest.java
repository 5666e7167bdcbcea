package uk.permanence.reporting.summary;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.LegalStatus;
import uk.permanence.reporting.ReportingServiceTest;

/** Case events on a real broker are counted per council in the reporting read model on a real PostgreSQL. */
class SummaryTest extends ReportingServiceTest {


    @Test
    void countsEachCouncilsChildrenInCareOnce() throws Exception {
        String first = enterCare("825");
        enterCare("825");
        enterCare("931");
        publish(entered(first, "825"), 0);

        eventually(() -> mvc.perform(get("/api/reports/summary").param("la", "825"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.laCode").value("825"))
                .andExpect(jsonPath("$.childrenInCare").value(2)));
        eventually(() -> mvc.perform(get("/api/reports/summary").param("la", "931"))
                .andExpect(jsonPath("$.childrenInCare").value(1)));
    }

    @Test
    void aChildWhoLeavesCareIsNoLongerCounted() throws Exception {
        String caseId = enterCare("867");
        eventually(() -> mvc.perform(get("/api/reports/summary").param("la", "867"))
                .andExpect(jsonPath("$.childrenInCare").value(1)));

        publish(new ChildReturnedHome(caseId, "867", LocalDate.of(2025, 6, 1), Instant.now(), "tester", null), 1);

        eventually(() -> mvc.perform(get("/api/reports/summary").param("la", "867"))
                .andExpect(jsonPath("$.childrenInCare").value(0)));
    }

    @Test
    void aMalformedCouncilCodeIsAProblem() throws Exception {
        mvc.perform(get("/api/reports/summary").param("la", "8251"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String enterCare(String laCode) throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(entered(caseId, laCode), 0);
        return caseId;
    }

    private static ChildEnteredCare entered(String caseId, String laCode) {
        return new ChildEnteredCare(caseId, laCode, "REF-" + caseId, LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 1, 10), LegalStatus.V2, Instant.parse("2025-01-12T09:30:00Z"), "tester", null);
    }
}
