package uk.permanence.reporting.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import uk.permanence.reporting.scope.ReportedScope;

/**
 * The adoption scorecard over the children adopted in a period ({@link ScorecardCalculator}), with the national
 * threshold's A3 window, how many A2 clocks stopped at a placement for want of a recorded match, and the splits
 * ({@link ScorecardSplits}).
 */
record Scorecard(ReportedScope scope, Instant asOf, LocalDate from, LocalDate to, String cohort, Measure a1,
                 Measure a10, Measure a2, Measure a3, int a3PlacedWithinMonths, long a2MatchTakenFromPlacement,
                 Splits splits) {

    static final String RETROSPECTIVE = "children adopted in the period (retrospective)";

    /** By ethnicity group, in the groups' name order. */
    record Splits(Measures fiveOrOverAtEntry, Measures siblingGroup, Measures disability, Measures earlyPermanence,
                  SortedMap<String, Measures> byEthnicityGroup) {
    }
}
