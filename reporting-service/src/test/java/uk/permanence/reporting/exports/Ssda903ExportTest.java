package uk.permanence.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementConsentKind;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlanChangeReason;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.ssda903.tables.ReturnTables;
import uk.permanence.testing.TestTokens;

/**
 * The SSDA903 export of council 855 for hand-made children fed as events, each table's rows written out by hand
 * (dates as the return writes them) for the collection year 2025-26 (1 April 2025 to 31 March 2026) and its
 * neighbours: adoptions and reversals on either side of 31 March and 1 April, a plan changed by the court, a child
 * placed but not yet adopted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ssda903ExportTest extends ReportingServiceTest {

    private static final String LA = "855";
    private static final Instant NOW = Instant.now();
    private static final String DOB = "03/02/2023";

    private final String token = TestTokens.token(LA, "team-manager");

    @BeforeAll
    void feedTheChildren() throws Exception {
        // adopted in the year, placed under the order with new carers
        child(id -> List.of(entered(id, "EXP-A", "2024-01-10", LegalStatus.C2), decided(id, "2024-06-01"),
                order(id, "2024-09-01"), matched(id, "2025-01-15"), placed(id, "2025-02-01", false),
                adopted(id, "2025-06-30")));
        // early permanence, then adopted by those carers on the year's last day
        child(id -> List.of(entered(id, "EXP-B", "2024-05-01", LegalStatus.V2),
                new EarlyPermanencePlacementStarted(id, LA, LocalDate.parse("2024-06-01"),
                        EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, "t", null),
                decided(id, "2024-07-01"), order(id, "2025-01-10"), matched(id, "2025-03-01"),
                placed(id, "2025-04-01", true), adopted(id, "2026-03-31")));
        // adopted on the next year's first day
        child(id -> List.of(entered(id, "EXP-C", "2024-02-01", LegalStatus.C2), decided(id, "2024-04-01"),
                order(id, "2024-08-01"), matched(id, "2025-06-01"), placed(id, "2025-07-01", false),
                adopted(id, "2026-04-01")));
        // adopted on the previous year's last day
        child(id -> List.of(entered(id, "EXP-D", "2023-06-01", LegalStatus.C2), decided(id, "2023-10-01"),
                order(id, "2024-01-01"), matched(id, "2024-05-01"), placed(id, "2024-06-01", false),
                adopted(id, "2025-03-31")));
        // the court refused the order: the plan changed in the year (RD2)
        child(id -> List.of(entered(id, "EXP-E", "2025-01-05", LegalStatus.C1), decided(id, "2025-05-01"),
                changed(id, "2025-10-01", PlanChangeReason.RD2, DecidedBy.COURT)));
        // no adopters found: the plan changed after the year's end (RD3)
        child(id -> List.of(entered(id, "EXP-F", "2024-11-01", LegalStatus.C2), decided(id, "2025-02-01"),
                changed(id, "2026-04-15", PlanChangeReason.RD3, DecidedBy.COUNCIL)));
        // placed with the parents' consent in the year, not yet adopted
        child(id -> List.of(entered(id, "EXP-G", "2025-04-01", LegalStatus.C2), decided(id, "2025-06-01"),
                new PlacementConsentGiven(id, LA, LocalDate.parse("2025-07-01"), PlacementConsentKind.PLACEMENT, NOW,
                        "t", null),
                matched(id, "2025-09-01"), placed(id, "2025-10-01", false)));
        // the plan changed the year before (RD1): returned again, with its reversal, while still looked after
        child(id -> List.of(entered(id, "EXP-H", "2024-03-01", LegalStatus.C2), decided(id, "2024-06-01"),
                changed(id, "2024-12-01", PlanChangeReason.RD1, DecidedBy.COUNCIL)));
        // another council's child, never in 855's return
        String other = UUID.randomUUID().toString();
        publish(new ChildEnteredCare(other, "856", "EXP-OTHER", LocalDate.parse("2023-02-03"),
                LocalDate.parse("2024-01-01"), LegalStatus.C2, NOW, "t", null), 0);
        publish(new AdoptionDecisionMade(other, "856", LocalDate.parse("2025-05-01"), NOW, "t", null), 1);
        eventually(() -> {
            assertThat(csv("2024-25", "ad1")).anyMatch(line -> line.startsWith("EXP-D,"));
            assertThat(csv("2025-26", "ad1")).anyMatch(line -> line.startsWith("EXP-A,"))
                    .anyMatch(line -> line.startsWith("EXP-B,"));
            assertThat(csv("2026-27", "ad1")).anyMatch(line -> line.startsWith("EXP-C,"));
            assertThat(csv("2024-25", "placed-adoption")).anyMatch(line -> line.endsWith("RD1"));
            assertThat(csv("2025-26", "placed-adoption")).anyMatch(line -> line.endsWith("RD2"));
            assertThat(csv("2026-27", "placed-adoption")).anyMatch(line -> line.endsWith("RD3"));
            assertThat(csv("2025-26", "episodes")).anyMatch(line -> line.contains(",A4,"));
        });
    }

    @Test
    void ad1HoldsTheChildrenAdoptedInTheYearWithTheirDecisionMatchAndWhetherTheirFosterCarersAdopted()
            throws Exception {
        assertThat(csv("2025-26", "ad1")).containsExactly(
                "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                "EXP-A," + DOB + ",01/06/2024,15/01/2025,0,,,",
                "EXP-B," + DOB + ",01/07/2024,01/03/2025,1,,,");
        assertThat(csv("2024-25", "ad1")).containsExactly(
                "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                "EXP-D," + DOB + ",01/10/2023,01/05/2024,0,,,");
        assertThat(csv("2026-27", "ad1")).containsExactly(
                "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                "EXP-C," + DOB + ",01/04/2024,01/06/2025,0,,,");
    }

    @Test
    void placedAdoptionHoldsEveryDecisionInForceInTheYearAndEachEarlierOneOfAChildStillLookedAfter() throws Exception {
        assertThat(csv("2025-26", "placed-adoption")).containsExactly(
                "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "EXP-A," + DOB + ",01/06/2024,,",
                "EXP-B," + DOB + ",01/07/2024,,",
                "EXP-C," + DOB + ",01/04/2024,,",
                "EXP-E," + DOB + ",01/05/2025,01/10/2025,RD2",
                "EXP-F," + DOB + ",01/02/2025,,",
                "EXP-G," + DOB + ",01/06/2025,,",
                "EXP-H," + DOB + ",01/06/2024,01/12/2024,RD1");
        assertThat(csv("2024-25", "placed-adoption")).containsExactly(
                "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "EXP-A," + DOB + ",01/06/2024,,",
                "EXP-B," + DOB + ",01/07/2024,,",
                "EXP-C," + DOB + ",01/04/2024,,",
                "EXP-D," + DOB + ",01/10/2023,,",
                "EXP-F," + DOB + ",01/02/2025,,",
                "EXP-H," + DOB + ",01/06/2024,01/12/2024,RD1");
        assertThat(csv("2026-27", "placed-adoption")).containsExactly(
                "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "EXP-C," + DOB + ",01/04/2024,,",
                "EXP-E," + DOB + ",01/05/2025,01/10/2025,RD2",
                "EXP-F," + DOB + ",01/02/2025,15/04/2026,RD3",
                "EXP-G," + DOB + ",01/06/2025,,",
                "EXP-H," + DOB + ",01/06/2024,01/12/2024,RD1");
    }

    @Test
    void theExportIsReadBackByTheSsda903ReaderAsTheSameRowsWithNoProblem() throws Exception {
        ReturnTables tables = new ReturnTables();
        for (String table : List.of("ad1", "placed-adoption", "header", "episodes")) {
            assertThat(tables.read(table + ".csv", "2025-26", new StringReader(String.join("\r\n",
                    csv("2025-26", table))))).as(table).isPresent();
        }

        assertThat(tables.problems()).isEmpty();
        assertThat(tables.adoptions()).extracting(row -> row.child() + " " + row.decidedOn() + " " + row.matchedOn()
                + " " + row.fosterCare()).containsExactly("EXP-A 2024-06-01 2025-01-15 0",
                "EXP-B 2024-07-01 2025-03-01 1");
        assertThat(tables.decisions()).extracting(row -> row.child() + " " + row.decidedOn() + " " + row.ceasedOn()
                + " " + row.reasonCeased()).containsExactly("EXP-A 2024-06-01 null null",
                "EXP-B 2024-07-01 null null", "EXP-C 2024-04-01 null null", "EXP-E 2025-05-01 2025-10-01 RD2",
                "EXP-F 2025-02-01 null null", "EXP-G 2025-06-01 null null", "EXP-H 2024-06-01 2024-12-01 RD1");
        assertThat(tables.children()).extracting(row -> row.child() + " " + row.dateOfBirth()).hasSize(7)
                .allMatch(child -> child.endsWith(" 2023-02-03"));
        assertThat(tables.episodes()).filteredOn(row -> row.child().equals("EXP-G"))
                .extracting(row -> row.started() + " " + row.reasonNewEpisode() + " " + row.legalStatus() + " "
                        + row.placement() + " " + row.ended() + " " + row.reasonEnded())
                .containsExactly("2025-04-01 S C2 null 2025-10-01 X1", "2025-10-01 P C2 A4 null null");
    }

    @Test
    void episodesAndHeaderHoldWhatThePlatformKnowsOfEachEpisodeOpenInTheYear() throws Exception {
        List<String> episodes = csv("2025-26", "episodes");
        assertThat(episodes.get(0)).isEqualTo(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
        assertThat(episodes).filteredOn(line -> line.startsWith("EXP-A,") || line.startsWith("EXP-B,")
                || line.startsWith("EXP-G,")).containsExactly(
                "EXP-A,01/02/2025,P,E1,,A6,,30/06/2025,,,,,",
                "EXP-B,10/01/2025,L,E1,,,,01/04/2025,X1,,,,",
                "EXP-B,01/04/2025,U,E1,,A5,,31/03/2026,,,,,",
                "EXP-G,01/04/2025,S,C2,,,,01/10/2025,X1,,,,",
                "EXP-G,01/10/2025,P,C2,,A4,,,,,,,");
        assertThat(csv("2024-25", "episodes")).filteredOn(line -> line.startsWith("EXP-B,")).containsExactly(
                "EXP-B,01/05/2024,S,V2,,,,01/06/2024,X1,,,,",
                "EXP-B,01/06/2024,P,V2,,,,10/01/2025,X1,,,,",
                "EXP-B,10/01/2025,L,E1,,,,,,,,,");
        assertThat(csv("2025-26", "header")).containsExactly("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "EXP-A,," + DOB + ",,,,", "EXP-B,," + DOB + ",,,,", "EXP-C,," + DOB + ",,,,",
                "EXP-E,," + DOB + ",,,,", "EXP-F,," + DOB + ",,,,", "EXP-G,," + DOB + ",,,,",
                "EXP-H,," + DOB + ",,,,");
    }

    @Test
    void theCsvIsNamedForItsCouncilYearAndTableAndIsTheSameAfterARebuildFromTheJournal() throws Exception {
        mvc.perform(export("2025-26", "ad1").accept("text/csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"ssda903-855-2025-26-ad1.csv\""));
        mvc.perform(export("2025-26", "ad1").accept("application/json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0]").value("CHILD"))
                .andExpect(jsonPath("$.rows[1][4]").value("1"));
        List<List<String>> before = new ArrayList<>();
        for (String table : List.of("ad1", "placed-adoption", "header", "episodes")) {
            before.add(csv("2025-26", table));
        }

        mvc.perform(post("/admin/rebuild")).andExpect(status().isOk());

        List<List<String>> after = new ArrayList<>();
        for (String table : List.of("ad1", "placed-adoption", "header", "episodes")) {
            after.add(csv("2025-26", table));
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void eachWrongParameterIsNamedAndAnotherCouncilsReturnIsNotFound() throws Exception {
        mvc.perform(get("/api/exports/ssda903").param("year", "2025-27").param("table", "ad2")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("la"))
                .andExpect(jsonPath("$.errors[1].field").value("year"))
                .andExpect(jsonPath("$.errors[2].field").value("table"));
        for (String year : List.of("2025", "25-26", "2025-2026", "2025-25", "x")) {
            mvc.perform(export(year, "ad1")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("year"));
        }
        mvc.perform(get("/api/exports/ssda903").param("la", "999").param("year", "1999-00").param("table", "header")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("la"));
        mvc.perform(get("/api/exports/ssda903").param("la", "856").param("year", "2025-26").param("table", "ad1")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/exports/ssda903").param("la", LA).param("year", "2025-26").param("table", "ad1")
                        .header("Authorization", "Bearer " + TestTokens.token(LA, "social-worker")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder export(String year, String table) {
        return get("/api/exports/ssda903").param("la", LA).param("year", year).param("table", table)
                .header("Authorization", "Bearer " + token);
    }

    private List<String> csv(String year, String table) throws Exception {
        return mvc.perform(export(year, table).accept("text/csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString().lines().toList();
    }

    private void child(java.util.function.Function<String, List<CaseEvent>> history)
            throws Exception {
        List<CaseEvent> events = history.apply(UUID.randomUUID().toString());
        for (int sequence = 0; sequence < events.size(); sequence++) {
            publish(events.get(sequence), sequence);
        }
    }

    private static ChildEnteredCare entered(String id, String reference, String on, LegalStatus status) {
        return new ChildEnteredCare(id, LA, reference, LocalDate.parse("2023-02-03"), LocalDate.parse(on), status,
                NOW, "t", null);
    }

    private static AdoptionDecisionMade decided(String id, String on) {
        return new AdoptionDecisionMade(id, LA, LocalDate.parse(on), NOW, "t", null);
    }

    private static PlacementOrderGranted order(String id, String on) {
        return new PlacementOrderGranted(id, LA, LocalDate.parse(on), NOW, "t", null);
    }

    private static ChildMatched matched(String id, String on) {
        return new ChildMatched(id, LA, LocalDate.parse(on), LocalDate.parse(on).minusDays(10), "L-" + id, NOW, "t",
                null);
    }

    private static ChildPlacedForAdoption placed(String id, String on, boolean withFosterCarers) {
        return new ChildPlacedForAdoption(id, LA, LocalDate.parse(on), withFosterCarers, null, NOW, "t", null);
    }

    private static AdoptionOrderGranted adopted(String id, String on) {
        return new AdoptionOrderGranted(id, LA, LocalDate.parse(on), NOW, "t", null);
    }

    private static AdoptionPlanChanged changed(String id, String on, PlanChangeReason reason, DecidedBy by) {
        return new AdoptionPlanChanged(id, LA, LocalDate.parse(on), reason, by, PermanencePlan.LONG_TERM_FOSTERING,
                NOW, "t", null);
    }
}
