package uk.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.ssda903.journey.MilestoneKind.ADOPTION_DECISION_MADE;
import static uk.permanence.ssda903.journey.MilestoneKind.ADOPTION_PLAN_CHANGED;
import static uk.permanence.ssda903.journey.MilestoneKind.CHILD_MATCHED;
import static uk.permanence.ssda903.journey.MilestoneKind.EARLY_PERMANENCE_PLACEMENT_BEGAN;
import static uk.permanence.ssda903.journey.MilestoneKind.ENTERED_CARE;
import static uk.permanence.ssda903.journey.MilestoneKind.LEFT_CARE;
import static uk.permanence.ssda903.journey.MilestoneKind.PLACED_FOR_ADOPTION;
import static uk.permanence.ssda903.journey.MilestoneKind.PLACEMENT_DISRUPTED;
import static uk.permanence.ssda903.journey.MilestoneKind.PLACEMENT_ORDER_GRANTED;
import static uk.permanence.ssda903.journey.MilestoneKind.REVIEW_HELD;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.ssda903.journey.ChildJourney;
import uk.permanence.ssda903.journey.Derived;
import uk.permanence.ssda903.journey.JourneyDerivation;
import uk.permanence.ssda903.journey.Milestone;
import uk.permanence.ssda903.tables.ReturnTables;

/** Every derivation rule on small hand-made returns, each child's journey written out as a list of milestones. */
class JourneyDerivationTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n";
    static final String AD1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n";
    static final String PLACED = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n";

    private final ReturnTables tables = new ReturnTables();

    private void file(String name, String year, String csv) {
        tables.read(name, year, new StringReader(csv));
    }

    private Derived derived() {
        return JourneyDerivation.derive(tables);
    }

    private static List<String> written(ChildJourney journey) {
        return journey.milestones().stream().map(JourneyDerivationTest::written).toList();
    }

    private static String written(Milestone milestone) {
        return milestone.kind() + " " + milestone.on() + (milestone.code() == null ? "" : " " + milestone.code());
    }

    private void adoptedChild() {
        file("header.csv", "2023-24", HEADER + "101,1,15/03/2021,WBRI,,,\n");
        file("episodes.csv", "2023-24", EPISODES + """
                101,01/02/2022,S,C2,N1,U1,PR1,01/06/2022,X1,,,,
                101,01/06/2022,L,E1,N1,U1,PR1,10/01/2023,X1,,,,
                101,10/01/2023,P,E1,N1,A6,PR1,15/09/2023,E11,,,,
                """);
        file("reviews.csv", "2023-24", REVIEWS + "101,15/03/2021,20/02/2022,PN1\n101,15/03/2021,20/05/2022,PN1\n");
        file("placed.csv", "2023-24", PLACED + "101,15/03/2021,01/04/2022,,\n");
        file("ad1.csv", "2023-24", AD1 + "101,15/03/2021,01/04/2022,01/12/2022,0,2,MF,L0\n");
    }

    @Test
    void anAdoptedChildsJourneyComesFromItsEpisodesReviewsDecisionAndMatch() {
        adoptedChild();

        Derived derived = derived();

        assertThat(derived.problems()).isEmpty();
        assertThat(derived.journeys()).singleElement().satisfies(journey -> {
            assertThat(journey.child()).isEqualTo("101");
            assertThat(journey.dateOfBirth()).hasToString("2021-03-15");
            assertThat(written(journey)).containsExactly(
                    ENTERED_CARE + " 2022-02-01 C2",
                    REVIEW_HELD + " 2022-02-20",
                    ADOPTION_DECISION_MADE + " 2022-04-01",
                    REVIEW_HELD + " 2022-05-20",
                    PLACEMENT_ORDER_GRANTED + " 2022-06-01 E1",
                    CHILD_MATCHED + " 2022-12-01",
                    PLACED_FOR_ADOPTION + " 2023-01-10 A6",
                    LEFT_CARE + " 2023-09-15 E11");
            assertThat(journey.milestones().get(0).source()).hasToString("episodes.csv line 2");
        });
    }

    @Test
    void anAdoptivePlacementFollowedByAFosterPlacementDisruptedAndTheChildIsPlacedAgainLater() {
        file("header.csv", "2023-24", HEADER + "106,1,01/06/2020,WBRI,,,\n");
        file("episodes.csv", "2023-24", EPISODES + """
                106,01/02/2022,S,C2,N1,U1,PR1,01/06/2022,X1,,,,
                106,01/06/2022,L,E1,N1,U1,PR1,20/03/2023,X1,,,,
                106,20/03/2023,P,E1,N1,A6,PR5,14/10/2023,X1,CREQO,,,
                106,14/10/2023,P,E1,N1,U6,PR4,12/02/2024,X1,CARPL,,,
                106,12/02/2024,P,E1,N1,A6,PR2,,,,,,
                """);
        file("placed.csv", "2023-24", PLACED + "106,01/06/2020,03/05/2022,,\n");

        Derived derived = derived();

        assertThat(derived.problems()).isEmpty();
        assertThat(derived.journeys()).singleElement().satisfies(journey -> assertThat(written(journey))
                .containsExactly(
                        ENTERED_CARE + " 2022-02-01 C2",
                        ADOPTION_DECISION_MADE + " 2022-05-03",
                        PLACEMENT_ORDER_GRANTED + " 2022-06-01 E1",
                        PLACED_FOR_ADOPTION + " 2023-03-20 A6",
                        PLACEMENT_DISRUPTED + " 2023-10-14 U6",
                        PLACED_FOR_ADOPTION + " 2024-02-12 A6"));
    }

    @Test
    void anEpisodeOpenAcross31MarchReturnedInBothYearsIsOneEpisodeAndTheRowsOfBothYearsMerge() {
        file("header-2022.csv", "2022-23", HEADER + "102,2,01/01/2020,WBRI,,,\n");
        file("episodes-2022.csv", "2022-23", EPISODES + "102,01/10/2022,S,C2,N1,U1,PR1,,,,,,\n");
        file("header-2023.csv", "2023-24", HEADER + "102,2,01/01/2020,WBRI,,,\n");
        file("episodes-2023.csv", "2023-24", EPISODES + """
                102,01/10/2022,S,C2,N1,U1,PR1,05/05/2023,X1,,,,
                102,05/05/2023,L,E1,N1,U1,PR1,,,,,,
                """);
        file("placed-2022.csv", "2022-23", PLACED + "102,01/01/2020,01/02/2023,,\n");
        file("placed-2023.csv", "2023-24", PLACED + "102,01/01/2020,01/02/2023,,\n");

        assertThat(derived().journeys()).singleElement().satisfies(journey -> assertThat(written(journey))
                .containsExactly(ENTERED_CARE + " 2022-10-01 C2", ADOPTION_DECISION_MADE + " 2023-02-01",
                        PLACEMENT_ORDER_GRANTED + " 2023-05-05 E1"));
    }

    @Test
    void aChildWhoReturnsHomeAndComesBackIntoCareHasTwoPeriodsOfCare() {
        file("header.csv", "2023-24", HEADER + "103,1,01/01/2019,WBRI,,,\n");
        file("episodes.csv", "2023-24", EPISODES + """
                103,01/02/2022,S,V2,N1,U1,PR1,01/08/2022,E13,,,,
                103,01/03/2023,S,C2,N1,U1,PR1,,,,,,
                """);

        assertThat(derived().journeys()).singleElement().satisfies(journey -> assertThat(written(journey))
                .containsExactly(ENTERED_CARE + " 2022-02-01 V2", LEFT_CARE + " 2022-08-01 E13",
                        ENTERED_CARE + " 2023-03-01 C2"));
    }

    @Test
    void anEarlyPermanencePlacementIsTheFosteringForAdoptionPlacementBeforeTheChildIsPlacedWithTheSameCarers() {
        file("header.csv", "2023-24", HEADER + "104,1,01/01/2023,WBRI,,,\n");
        file("episodes.csv", "2023-24", EPISODES + """
                104,10/01/2023,S,C2,N1,U5,PR1,01/03/2023,X1,,,,
                104,01/03/2023,P,C2,N1,U5,PR1,01/09/2023,X1,,,,
                104,01/09/2023,L,E1,N1,U5,PR1,01/11/2023,X1,,,,
                104,01/11/2023,B,E1,N1,A5,PR1,,,,,,
                """);
        file("placed.csv", "2023-24", PLACED + "104,01/01/2023,20/02/2023,,\n");
        file("ad1.csv", "2023-24", AD1 + "104,01/01/2023,20/02/2023,15/10/2023,1,2,MF,L0\n");

        Derived derived = derived();

        assertThat(derived.problems()).isEmpty();
        assertThat(written(derived.journeys().get(0))).containsExactly(ENTERED_CARE + " 2023-01-10 C2",
                EARLY_PERMANENCE_PLACEMENT_BEGAN + " 2023-01-10 U5", ADOPTION_DECISION_MADE + " 2023-02-20",
                PLACEMENT_ORDER_GRANTED + " 2023-09-01 E1", CHILD_MATCHED + " 2023-10-15",
                PLACED_FOR_ADOPTION + " 2023-11-01 A5");
    }

    @Test
    void aReversedDecisionIsAPlanChangeWithItsReasonAndTheChildsLaterEndingIsNotRule557() {
        file("header.csv", "2023-24", HEADER + "105,2,01/01/2019,WBRI,,,\n");
        file("episodes.csv", "2023-24", EPISODES + "105,01/02/2022,S,C2,N1,U1,PR1,01/12/2023,E45,,,,\n");
        file("placed.csv", "2023-24", PLACED + "105,01/01/2019,01/05/2022,01/02/2023,RD2\n");

        Derived derived = derived();

        assertThat(derived.problems()).isEmpty();
        assertThat(written(derived.journeys().get(0))).containsExactly(ENTERED_CARE + " 2022-02-01 C2",
                ADOPTION_DECISION_MADE + " 2022-05-01", ADOPTION_PLAN_CHANGED + " 2023-02-01 RD2",
                LEFT_CARE + " 2023-12-01 E45");
    }
}
