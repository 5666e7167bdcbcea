package uk.permanence.reporting.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.events.EthnicityGroup;
import uk.permanence.reporting.statistics.Averages;
import uk.permanence.reporting.statistics.SmallNumbers;

/** The worked example of the domain: council 825, children adopted 2023-04-01 to 2026-03-31. */
class ScorecardCalculatorTest {

    static final NationalThresholds.Threshold THRESHOLD = new NationalThresholds.Threshold(
            LocalDate.of(2016, 3, 31), 426, 121, 14);
    static final SmallNumbers SMALL = new SmallNumbers(5);

    static AdoptedChild child(String entered, String order, String matched, String placed, String a10Stop) {
        return new AdoptedChild(LocalDate.parse(entered), order == null ? null : LocalDate.parse(order),
                matched == null ? null : LocalDate.parse(matched), LocalDate.parse(placed), LocalDate.parse(a10Stop),
                AdoptedChild.Characteristics.NOT_RECORDED);
    }

    static final List<AdoptedChild> COHORT = List.of(
            child("2023-01-10", "2023-09-01", "2024-01-15", "2024-02-01", "2024-02-01"),
            child("2023-03-01", "2023-08-15", "2023-09-20", "2023-09-25", "2023-03-05"),
            child("2022-06-01", "2023-02-01", "2023-01-10", "2023-02-20", "2023-02-20"),
            child("2024-01-05", null, "2024-06-03", "2024-06-17", "2024-06-17"),
            child("2021-05-04", "2022-03-01", "2023-05-02", "2023-05-22", "2023-05-22"));

    @Test
    void theWorkedExampleGivesTheHandWorkedMeasures() {
        Measures measures = ScorecardCalculator.measures(COHORT, THRESHOLD, SMALL);

        assertThat(measures.a1()).isEqualTo(new Measure(354L, 264.0, null, 5, 426, true, false));
        assertThat(measures.a10()).isEqualTo(new Measure(313L, 264.0, null, 5, 426, true, false));
        assertThat(measures.a2()).isEqualTo(new Measure(150L, 86.0, null, 4, 121, false, true));
        assertThat(measures.a3()).isEqualTo(new Measure(null, null, 80L, 5, null, null, false));
    }

    @Test
    void aFigureFromFewerChildrenThanConfiguredIsASmallNumber() {
        Measures measures = ScorecardCalculator.measures(COHORT, THRESHOLD, new SmallNumbers(4));

        assertThat(measures.a1().smallNumber()).as("5 children, 4 needed").isFalse();
        assertThat(measures.a2().smallNumber()).as("4 children, 4 needed").isFalse();
        assertThat(ScorecardCalculator.measures(COHORT.subList(0, 3), THRESHOLD, new SmallNumbers(4)).a3()
                .smallNumber()).as("3 children, 4 needed").isTrue();
    }

    @Test
    void a3CountsTheChildrenPlacedWithinTheWindowInForceForThePeriod() {
        // placed 15 months after entering care: within the 16 months of 2012-15, not the 14 of 2013-16
        List<AdoptedChild> placedAfterFifteenMonths = List.of(
                child("2013-01-10", "2013-06-01", "2014-03-20", "2014-04-10", "2014-04-10"));
        NationalThresholds.Threshold of2012to15 = new NationalThresholds.Threshold(LocalDate.of(2015, 3, 31), 487,
                121, 16);

        assertThat(ScorecardCalculator.measures(placedAfterFifteenMonths, of2012to15, SMALL).a3().percent())
                .isEqualTo(100L);
        assertThat(ScorecardCalculator.measures(placedAfterFifteenMonths, THRESHOLD, SMALL).a3().percent())
                .isEqualTo(0L);
    }

    @Test
    void aPlacementRecordedWithoutAMatchStopsA2OnThePlacementDate() {
        // early permanence: the foster carers became the prospective adopters, recorded only as the placement
        AdoptedChild noMatchRecorded = child("2023-03-01", "2023-08-15", null, "2023-09-25", "2023-03-05");

        Measure a2 = ScorecardCalculator.measures(List.of(noMatchRecorded), THRESHOLD, SMALL).a2();

        assertThat(a2.mean()).isEqualTo(41L);
        assertThat(a2.children()).isEqualTo(1);
        assertThat(noMatchRecorded.matchTakenFromPlacement()).isTrue();
    }

    @Test
    void meansRoundHalvesUpAndEvenMediansAverageTheMiddleTwo() {
        assertThat(Averages.roundHalfUp(599, 4)).isEqualTo(150);
        assertThat(Averages.roundHalfUp(5, 2)).isEqualTo(3);
        assertThat(Averages.median(List.of(427L, 0L, 136L, 36L))).isEqualTo(86.0);
    }

    @Test
    void anEmptyCohortHasNoMeans() {
        Measure a1 = ScorecardCalculator.measures(List.of(), THRESHOLD, SMALL).a1();
        assertThat(a1.children()).isZero();
        assertThat(a1.mean()).isNull();
        assertThat(a1.met()).isNull();
    }

    @Test
    void theSplitsRepeatTheMeasuresForTheChildrenWhoWaitLongestAndForEarlyPermanence() {
        AdoptedChild olderDisabled = new AdoptedChild(LocalDate.parse("2023-01-10"), null,
                LocalDate.parse("2023-12-01"), LocalDate.parse("2024-01-09"), LocalDate.parse("2024-01-09"),
                new AdoptedChild.Characteristics(LocalDate.parse("2017-06-01"), false, true, EthnicityGroup.BLACK,
                        false));
        AdoptedChild baby = new AdoptedChild(LocalDate.parse("2023-05-01"), null, LocalDate.parse("2023-06-01"),
                LocalDate.parse("2023-06-11"), LocalDate.parse("2023-05-02"),
                new AdoptedChild.Characteristics(LocalDate.parse("2023-04-20"), true, false, EthnicityGroup.WHITE,
                        true));

        Scorecard.Splits splits = ScorecardSplits.splits(List.of(olderDisabled, baby), THRESHOLD, SMALL);

        // five years and seven months old on entering care: 364 days from entry to placement
        assertThat(splits.fiveOrOverAtEntry().a1().mean()).isEqualTo(364L);
        assertThat(splits.fiveOrOverAtEntry().a1().children()).isEqualTo(1);
        assertThat(splits.disability().a1().mean()).isEqualTo(364L);
        assertThat(splits.siblingGroup().a1().mean()).isEqualTo(41L);
        assertThat(splits.earlyPermanence().a10().mean()).isEqualTo(1L);
        assertThat(splits.byEthnicityGroup().keySet()).hasToString("[BLACK, WHITE]");
    }
}
