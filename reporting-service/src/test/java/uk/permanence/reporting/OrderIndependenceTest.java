package uk.permanence.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EventCorrected;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.testing.TestTokens;

/**
 * The same children's events, delivered case after case to council 101 and interleaved across cases to council
 * 102 (each case's own order kept, as Kafka keeps it), give the same reports.
 */
class OrderIndependenceTest extends ReportingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");


    @Test
    void theOrderOfDeliveryAcrossCasesDoesNotChangeAnyReport() throws Exception {
        List<List<CaseEvent>> council101 = children("101");
        List<List<CaseEvent>> council102 = children("102");
        for (List<CaseEvent> child : council101) {
            for (int sequence = 0; sequence < child.size(); sequence++) {
                publish(child.get(sequence), sequence);
            }
        }
        for (int sequence = 0; sequence < 6; sequence++) {
            for (int child = council102.size() - 1; child >= 0; child--) {
                if (sequence < council102.get(child).size()) {
                    publish(council102.get(child).get(sequence), sequence);
                }
            }
        }

        for (String report : List.of("/api/reports/scorecard?from=2024-04-01&to=2026-03-31",
                "/api/reports/quarterly-return?quarter=2025-Q3", "/api/reports/cohorts?from=2024-04-01&to=2026-03-31",
                "/api/reports/cost-of-delay?from=2025-04-01&to=2026-03-31",
                "/api/reports/run-charts?from=2024-01&to=2026-03")) {
            eventually(() -> assertThat(read(report, "101")).as(report).isEqualTo(read(report, "102")));
        }
        assertThat(read("/api/reports/quarterly-return?quarter=2025-Q3", "101")).contains("\"matches\":2");
    }

    private String read(String report, String la) throws Exception {
        String json = mvc.perform(get(report + "&la=" + la)
                        .header("Authorization", "Bearer " + TestTokens.token(la, "team-manager")))
                .andReturn().getResponse().getContentAsString();
        return json.replace("\"" + la + "\"", "\"LA\"").replaceAll("\"asOf\":\"[^\"]*\"", "");
    }

    /** Three children on the same dates in either council, one with a corrected match date. */
    private static List<List<CaseEvent>> children(String la) {
        List<List<CaseEvent>> children = new ArrayList<>();
        children.add(child(la, id -> List.of(entered(id, la, "2024-01-10"),
                new AdoptionDecisionMade(id, la, LocalDate.parse("2024-05-01"), NOW, "t", null),
                new PlacementOrderGranted(id, la, LocalDate.parse("2024-09-01"), NOW, "t", null),
                new ChildMatched(id, la, LocalDate.parse("2025-07-01"), LocalDate.parse("2025-06-20"), "L", NOW, "t",
                        null),
                new ChildPlacedForAdoption(id, la, LocalDate.parse("2025-08-01"), false, null, NOW, "t", null),
                new AdoptionOrderGranted(id, la, LocalDate.parse("2026-01-15"), NOW, "t", null))));
        children.add(child(la, id -> List.of(entered(id, la, "2024-06-01"),
                new AdoptionDecisionMade(id, la, LocalDate.parse("2024-11-01"), NOW, "t", null),
                new PlacementOrderGranted(id, la, LocalDate.parse("2025-02-01"), NOW, "t", null),
                new ChildMatched(id, la, LocalDate.parse("2025-06-01"), LocalDate.parse("2025-05-20"), "L", NOW, "t",
                        null),
                new EventCorrected(id, la, LocalDate.parse("2025-09-01"), 3, "matchedOn", "2025-08-15",
                        "wrong date", NOW, "t", null))));
        children.add(child(la, id -> List.of(entered(id, la, "2025-03-01"),
                new AdoptionDecisionMade(id, la, LocalDate.parse("2025-07-15"), NOW, "t", null))));
        return children;
    }

    private static List<CaseEvent> child(String la, Function<String, List<CaseEvent>> events) {
        return events.apply(la + "-" + UUID.randomUUID());
    }

    private static ChildEnteredCare entered(String caseId, String la, String on) {
        return new ChildEnteredCare(caseId, la, "REF-" + caseId, LocalDate.parse("2023-01-01"), LocalDate.parse(on),
                LegalStatus.values()[0], NOW, "t", null);
    }

}
