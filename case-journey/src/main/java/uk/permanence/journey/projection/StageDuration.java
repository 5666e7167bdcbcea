package uk.permanence.journey.projection;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.permanence.journey.CarePeriod;
import uk.permanence.journey.CaseJourney;

/**
 * How long one child took over one stage that is over: from the ADM decision to the placement order, from the order
 * to the match (0 when matched before the order, as A2 counts it), from the match to placement, from placement to
 * the adoption order. {@code endedOn} is when the stage was over, the date the sample's window is counted by.
 */
public record StageDuration(RemainingMilestone milestone, LocalDate endedOn, long days, AgeBand ageBand,
                            boolean siblingGroup) {

    /** Every stage this child has been through, in each period of care. */
    public static List<StageDuration> of(CaseJourney journey) {
        List<StageDuration> durations = new ArrayList<>();
        AgeBand band = AgeBand.of(journey.dateOfBirth(), journey.enteredCareOn());
        boolean siblings = journey.inSiblingGroup();
        for (CarePeriod period : journey.periodsOfCare()) {
            add(durations, RemainingMilestone.PLACEMENT_ORDER, period.adoptionDecisionOn(), period.placementOrderOn(),
                    band, siblings);
            add(durations, RemainingMilestone.MATCH, period.placementOrderOn(), period.matchedOn(), band, siblings);
            add(durations, RemainingMilestone.PLACEMENT, period.matchedOn(), period.placedOn(), band, siblings);
            if (period.endedInAdoption()) {
                add(durations, RemainingMilestone.ADOPTION_ORDER, period.placedOn(), period.closedOn(), band,
                        siblings);
            }
        }
        return durations;
    }

    private static void add(List<StageDuration> durations, RemainingMilestone milestone, LocalDate from,
                            LocalDate to, AgeBand band, boolean siblings) {
        if (from != null && to != null) {
            durations.add(new StageDuration(milestone, to.isAfter(from) ? to : from, Math.max(0, DAYS.between(from,
                    to)), band, siblings));
        }
    }
}
