package uk.permanence.journey.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.permanence.events.PermanencePlan;
import uk.permanence.journey.AdoptionClock;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.LivingWithAdopters;

/**
 * Projects the milestones ahead of a child on an adoption plan from the agency's recent stage durations: each one
 * falls its stage's median after the stage started (the milestone before it, actual or projected), or today if that
 * is already past, since it has not happened yet. A child authorised to place by the parents' consent needs no
 * placement order; without an ADM decision yet, the order's stage is taken to start today.
 */
public final class JourneyProjector {

    private JourneyProjector() {
    }

    /** The projection, or empty for a child not on an adoption plan, not in care, or whose case is closed. */
    public static Optional<Projection> project(CaseJourney journey, LocalDate today, StageSample sample) {
        if (journey.closed() || journey.enteredCareOn() == null
                || journey.permanencePlan() != PermanencePlan.ADOPTION) {
            return Optional.empty();
        }
        AgeBand band = AgeBand.of(journey.dateOfBirth(), journey.enteredCareOn());
        boolean siblings = journey.inSiblingGroup();
        List<Projection.MilestoneDate> ahead = new ArrayList<>();
        LocalDate authority = journey.authorityToPlaceOn();
        LocalDate order = journey.placementOrderInForce() ? journey.placementOrderOn() : null;
        if (authority == null) {
            LocalDate start = journey.adoptionDecisionOn() != null ? journey.adoptionDecisionOn() : today;
            order = next(ahead, RemainingMilestone.PLACEMENT_ORDER, start, today, sample, band, siblings);
            authority = order;
        }
        boolean placed = journey.placedForAdoption();
        LocalDate matched = journey.matchedOn();
        if (matched == null && !placed) {
            matched = next(ahead, RemainingMilestone.MATCH, authority, today, sample, band, siblings);
        }
        LocalDate placedOn = journey.placedOn();
        if (!placed) {
            placedOn = next(ahead, RemainingMilestone.PLACEMENT, matched, today, sample, band, siblings);
        }
        next(ahead, RemainingMilestone.ADOPTION_ORDER, placedOn, today, sample, band, siblings);
        LocalDate livingWithAdopters = LivingWithAdopters.since(journey);
        LocalDate entered = journey.enteredCareOn();
        return Optional.of(new Projection(ahead,
                AdoptionClock.a1(entered, placedOn, today),
                AdoptionClock.a10(entered, livingWithAdopters, placedOn, today),
                order == null ? null : AdoptionClock.a2(order, matched, placedOn, today),
                livingWithAdopters == null,
                journey.placementOrderInForce() && journey.matchedOn() == null && !placed));
    }

    private static LocalDate next(List<Projection.MilestoneDate> ahead, RemainingMilestone milestone,
                                  LocalDate stageStarts, LocalDate today, StageSample sample, AgeBand band,
                                  boolean siblings) {
        StageSample.Basis basis = sample.basis(milestone, band, siblings);
        LocalDate projected = stageStarts.plusDays(basis.medianDays());
        if (projected.isBefore(today)) {
            projected = today;
        }
        ahead.add(new Projection.MilestoneDate(milestone, projected, stageStarts, basis));
        return projected;
    }
}
