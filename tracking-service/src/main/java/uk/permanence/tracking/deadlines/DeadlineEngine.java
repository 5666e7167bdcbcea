package uk.permanence.tracking.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.events.PermanencePlan;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.LivingWithAdopters;

/**
 * Derives, from a case's journey, every deadline it has not met yet. A met deadline simply is not listed, so its
 * alert clears; a closed case has none. Thresholds are those in force on the day the deadlines are derived.
 */
public class DeadlineEngine {

    /**
     * Raise this whenever a change to the rules would derive other deadlines from the same journey: the sweep then
     * recomputes every case once (see {@link #rulesInForce}), so no alert raised under the old rules stays open.
     */
    static final int RULES_VERSION = 3;

    private static final int FIRST_REVIEW_WORKING_DAYS = 20;
    private static final int WEEKS_BEFORE_ADOPTION_APPLICATION = 10;

    private final WorkingDays workingDays;
    private final TrackingRules rules;
    private final NationalThresholds thresholds;

    public DeadlineEngine(WorkingDays workingDays, TrackingRules rules, NationalThresholds thresholds) {
        this.workingDays = workingDays;
        this.rules = rules;
        this.thresholds = thresholds;
    }

    /**
     * What the stored deadlines depend on besides the journeys: this code's version, the configured timescales and
     * the national thresholds in force today. While it is unchanged, stored deadlines are current.
     */
    public String rulesInForce(LocalDate today) {
        return "v" + RULES_VERSION + " " + rules.practiceStandards() + " " + new TreeMap<>(rules.localTargets())
                + " " + thresholds.inForceOn(today);
    }

    public List<Deadline> deadlines(CaseJourney journey, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        if (journey.closed()) {
            return deadlines;
        }
        careProceedings(journey, deadlines);
        if (journey.enteredCareOn() == null) {
            return deadlines;
        }
        reviews(journey, deadlines);
        adoptionReviews(journey, deadlines);
        visits(journey, deadlines);
        courtAndApplication(journey, deadlines);
        familyFinding(journey, today, deadlines);
        return deadlines;
    }

    private void reviews(CaseJourney journey, List<Deadline> deadlines) {
        if (journey.reviewsHeld() == 0) {
            deadlines.add(new Deadline(DeadlineRule.FIRST_REVIEW, journey.enteredCareOn(),
                    workingDays.add(journey.enteredCareOn(), FIRST_REVIEW_WORKING_DAYS)));
        } else if (journey.reviewsHeld() == 1) {
            deadlines.add(new Deadline(DeadlineRule.SECOND_REVIEW, journey.firstReviewOn(),
                    journey.firstReviewOn().plusMonths(3)));
        } else {
            deadlines.add(new Deadline(DeadlineRule.LATER_REVIEW, journey.lastReviewOn(),
                    journey.lastReviewOn().plusMonths(6)));
        }
    }

    private void adoptionReviews(CaseJourney journey, List<Deadline> deadlines) {
        LocalDate authority = journey.authorityToPlaceOn();
        if (authority != null && !journey.placedForAdoption()) {
            LocalDate lastReview = journey.lastReviewOn();
            boolean reviewedSinceAuthority = lastReview != null && !lastReview.isBefore(authority);
            deadlines.add(reviewedSinceAuthority
                    ? new Deadline(DeadlineRule.ADOPTION_REVIEW_NOT_PLACED, lastReview, lastReview.plusMonths(6))
                    : new Deadline(DeadlineRule.ADOPTION_REVIEW_NOT_PLACED, authority, authority.plusMonths(3)));
        }
        if (journey.placedForAdoption()) {
            int reviews = journey.reviewsSincePlacement();
            deadlines.add(reviews == 0
                    ? new Deadline(DeadlineRule.ADOPTION_REVIEW_AFTER_PLACEMENT, journey.placedOn(),
                            journey.placedOn().plusWeeks(4))
                    : new Deadline(DeadlineRule.ADOPTION_REVIEW_AFTER_PLACEMENT, journey.lastReviewOn(),
                            journey.lastReviewOn().plusMonths(reviews == 1 ? 3 : 6)));
        }
    }

    /**
     * The next statutory visit, from the latest placement start or the latest visit since it. A visit's interval is
     * set by when it was made: weekly while placed for adoption before the first review (AAR 2005 reg 36), then as
     * CPPCR 2010 reg 28 says, 6 weeks in the placement's first year and 3 months after.
     */
    private void visits(CaseJourney journey, List<Deadline> deadlines) {
        LocalDate placement = journey.placementStartedOn();
        LocalDate visit = journey.lastVisitOn();
        if (visit == null || visit.isBefore(placement)) {
            deadlines.add(new Deadline(DeadlineRule.VISIT_AFTER_PLACEMENT, placement, placement.plusWeeks(1)));
        } else if (journey.placedForAdoption() && journey.reviewsSincePlacement() == 0) {
            deadlines.add(new Deadline(DeadlineRule.WEEKLY_VISIT_BEFORE_FIRST_ADOPTION_REVIEW, visit,
                    visit.plusWeeks(1)));
        } else if (visit.isBefore(placement.plusYears(1))) {
            deadlines.add(new Deadline(DeadlineRule.SIX_WEEKLY_VISIT, visit, visit.plusWeeks(6)));
        } else {
            deadlines.add(new Deadline(DeadlineRule.THREE_MONTHLY_VISIT, visit, visit.plusMonths(3)));
        }
    }

    /** Also before the child is looked after: proceedings often bring the child into care. */
    private void careProceedings(CaseJourney journey, List<Deadline> deadlines) {
        if (journey.proceedingsOpen()) {
            deadlines.add(new Deadline(DeadlineRule.CARE_PROCEEDINGS, journey.proceedingsIssuedOn(),
                    journey.proceedings().lastDay()));
        }
    }

    private void courtAndApplication(CaseJourney journey, List<Deadline> deadlines) {
        if (journey.placedForAdoption() && journey.adoptionApplicationOn() == null) {
            LocalDate livingWithAdopters = LivingWithAdopters.since(journey);
            deadlines.add(new Deadline(DeadlineRule.ADOPTION_APPLICATION_POSSIBLE, livingWithAdopters,
                    livingWithAdopters.plusWeeks(WEEKS_BEFORE_ADOPTION_APPLICATION)));
            deadlines.add(new Deadline(DeadlineRule.PLACEMENT_TO_APPLICATION, journey.placedOn(),
                    journey.placedOn().plus(rules.practiceStandards().placementToApplication())));
        }
    }

    private void familyFinding(CaseJourney journey, LocalDate today, List<Deadline> deadlines) {
        if (journey.placedForAdoption()) {
            return;
        }
        String la = journey.laCode();
        boolean adoptionPlan = journey.permanencePlan() == PermanencePlan.ADOPTION;
        if (journey.adoptionDecisionOn() != null && journey.activeLinks().isEmpty() && journey.matchedOn() == null) {
            deadlines.add(new Deadline(DeadlineRule.NATIONAL_MATCHING_REFERRAL, journey.adoptionDecisionOn(),
                    journey.adoptionDecisionOn().plusMonths(3)));
        }
        if (journey.placementOrderInForce() && journey.matchedOn() == null) {
            LocalDate order = journey.placementOrderOn();
            deadlines.add(new Deadline(DeadlineRule.ORDER_TO_MATCH, order,
                    order.plusDays(orderToMatchDays(la, today))));
        }
        if (adoptionPlan && journey.matchedOn() != null) {
            deadlines.add(new Deadline(DeadlineRule.MATCH_TO_PLACEMENT, journey.matchedOn(),
                    journey.matchedOn().plus(rules.practiceStandards().matchToPlacement())));
        }
        // a child living with prospective adopters waits for no family: A1's clock stops there, as A10's does
        if (!adoptionPlan || LivingWithAdopters.since(journey) != null) {
            return;
        }
        LocalDate entered = journey.enteredCareOn();
        deadlines.add(new Deadline(DeadlineRule.ENTRY_TO_PLACEMENT, entered,
                entered.plusDays(entryToPlacementDays(la, today))));
        if (waitingWithPlacementOrder(journey)) {
            LocalDate order = journey.placementOrderOn();
            deadlines.add(new Deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_12_MONTHS, order, order.plusMonths(12)));
            deadlines.add(new Deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_18_MONTHS, order, order.plusMonths(18)));
            deadlines.add(new Deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS, entered, entered.plusMonths(18)));
        }
    }

    /**
     * The sector's "waiting with a placement order": the order is in force, adoption is still the plan, and the
     * child is not matched (a disruption ends the match, so a disrupted child is waiting again) nor placed.
     */
    private static boolean waitingWithPlacementOrder(CaseJourney journey) {
        return journey.placementOrderInForce() && journey.permanencePlan() == PermanencePlan.ADOPTION
                && journey.matchedOn() == null && !journey.placedForAdoption();
    }

    /** The A1 threshold in force on the day, or the council's stricter target. */
    public int entryToPlacementDays(String laCode, LocalDate today) {
        int national = thresholds.inForceOn(today).entryToPlacementDays();
        Integer local = rules.localTarget(laCode).entryToPlacementDays();
        return local == null ? national : Math.min(national, local);
    }

    /** The A2 threshold in force on the day, or the council's stricter target. */
    public int orderToMatchDays(String laCode, LocalDate today) {
        int national = thresholds.inForceOn(today).orderToMatchDays();
        Integer local = rules.localTarget(laCode).orderToMatchDays();
        return local == null ? national : Math.min(national, local);
    }
}
