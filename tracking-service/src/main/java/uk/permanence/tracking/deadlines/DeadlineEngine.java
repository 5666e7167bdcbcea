package uk.permanence.tracking.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.events.PermanencePlan;
import uk.permanence.journey.CaseJourney;

/**
 * Derives, from a case's journey, every deadline it has not met yet. A met deadline simply is not listed, so its
 * alert clears; a closed case has none. Thresholds are those in force on the day the deadlines are derived.
 */
public class DeadlineEngine {

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
            deadlines.add(new Deadline(DeadlineRule.ADOPTION_APPLICATION_POSSIBLE, journey.placedOn(),
                    journey.placedOn().plusWeeks(WEEKS_BEFORE_ADOPTION_APPLICATION)));
        }
    }

    private void familyFinding(CaseJourney journey, LocalDate today, List<Deadline> deadlines) {
        if (journey.placedForAdoption()) {
            return;
        }
        String la = journey.laCode();
        if (journey.adoptionDecisionOn() != null && journey.activeLinks().isEmpty() && journey.matchedOn() == null) {
            deadlines.add(new Deadline(DeadlineRule.NATIONAL_MATCHING_REFERRAL, journey.adoptionDecisionOn(),
                    journey.adoptionDecisionOn().plusMonths(3)));
        }
        if (journey.placementOrderInForce()) {
            LocalDate order = journey.placementOrderOn();
            if (journey.matchedOn() == null) {
                deadlines.add(new Deadline(DeadlineRule.ORDER_TO_MATCH, order,
                        order.plusDays(orderToMatchDays(la, today))));
            }
            deadlines.add(new Deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_12_MONTHS, order, order.plusMonths(12)));
            deadlines.add(new Deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_18_MONTHS, order, order.plusMonths(18)));
        }
        if (journey.permanencePlan() == PermanencePlan.ADOPTION) {
            LocalDate entered = journey.enteredCareOn();
            deadlines.add(new Deadline(DeadlineRule.ENTRY_TO_PLACEMENT, entered,
                    entered.plusDays(entryToPlacementDays(la, today))));
            deadlines.add(new Deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS, entered, entered.plusMonths(18)));
        }
    }

    /** The A1 threshold in force today, or the council's stricter target. */
    private int entryToPlacementDays(String laCode, LocalDate today) {
        int national = thresholds.inForceOn(today).entryToPlacementDays();
        Integer local = rules.localTarget(laCode).entryToPlacementDays();
        return local == null ? national : Math.min(national, local);
    }

    /** The A2 threshold in force today, or the council's stricter target. */
    private int orderToMatchDays(String laCode, LocalDate today) {
        int national = thresholds.inForceOn(today).orderToMatchDays();
        Integer local = rules.localTarget(laCode).orderToMatchDays();
        return local == null ? national : Math.min(national, local);
    }
}
