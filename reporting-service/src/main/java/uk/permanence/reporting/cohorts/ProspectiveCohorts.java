package uk.permanence.reporting.cohorts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.ChildArrangementsOrderGranted;
import uk.permanence.events.ChildLeftCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.reporting.statistics.Averages;
import uk.permanence.reporting.statistics.SmallNumbers;

/**
 * Prospective cohorts: children followed forward from a placement order, or from an ADM decision, made in a period,
 * to what has happened to them by {@code today}. Not comparable with the scorecard, which looks back from adoption.
 */
final class ProspectiveCohorts {

    static final String NOT_COMPARABLE = "prospective: children followed forward from the decision or order; "
            + "not comparable with the retrospective scorecard, which looks back at children adopted";

    private ProspectiveCohorts() {
    }

    /**
     * Children whose (first) placement order in the period is {@code orderOn}: matched (by their first match, or by
     * their first placement for adoption where none was recorded before it), still waiting, or neither because their
     * route to adoption ended.
     */
    static Cohorts.PlacementOrders placementOrderCohort(List<CaseMilestones> cases, LocalDate from, LocalDate to,
                                                        LocalDate today, SmallNumbers small) {
        List<Long> daysToMatch = new ArrayList<>();
        List<Long> daysWaiting = new ArrayList<>();
        int children = 0;
        int earlyDisruptions = 0;
        int routeEnded = 0;
        for (CaseMilestones child : cases) {
            Optional<LocalDate> order = child.all(PlacementOrderGranted.class).stream()
                    .map(CaseMilestones.Milestone::on)
                    .filter(on -> !on.isBefore(from) && !on.isAfter(to)).findFirst();
            if (order.isEmpty()) {
                continue;
            }
            children++;
            LocalDate orderOn = order.get();
            Optional<LocalDate> match = matchedOn(child).filter(on -> !on.isAfter(today));
            if (match.isPresent()) {
                daysToMatch.add(Math.max(0, ChronoUnit.DAYS.between(orderOn, match.get())));
            } else if (stillWaiting(child, orderOn, today)) {
                daysWaiting.add(ChronoUnit.DAYS.between(orderOn, today));
            } else {
                routeEnded++;
            }
            Optional<LocalDate> adopted = child.first(AdoptionOrderGranted.class).map(CaseMilestones.Milestone::on);
            if (child.all(AdoptivePlacementDisrupted.class).stream()
                    .anyMatch(disruption -> adopted.isEmpty() || disruption.on().isBefore(adopted.get()))) {
                earlyDisruptions++;
            }
        }
        Cohorts.Days waiting = averages(daysWaiting, small);
        return new Cohorts.PlacementOrders(children, daysToMatch.size(), averages(daysToMatch, small),
                daysWaiting.size(), new Cohorts.Waiting(waiting.mean(), waiting.median(), waiting.children(),
                        waiting.smallNumber(), daysWaiting.stream().mapToLong(Long::longValue).max().orElse(0)),
                routeEnded, earlyDisruptions);
    }

    /**
     * Children whose (first) ADM decision in the period is followed to an order, to the parents' consent to placement
     * (ACA 2002 s19), to a change of plan, or to none of these.
     */
    static Cohorts.AdoptionDecisions decisionCohort(List<CaseMilestones> cases, LocalDate from, LocalDate to,
                                                    LocalDate today) {
        int children = 0;
        int wentOnToOrder = 0;
        int wentOnToConsent = 0;
        int planChanged = 0;
        int byCourt = 0;
        int returnedToParents = 0;
        int specialGuardianship = 0;
        int other = 0;
        for (CaseMilestones child : cases) {
            Optional<LocalDate> decision = child.all(AdoptionDecisionMade.class).stream()
                    .map(CaseMilestones.Milestone::on)
                    .filter(on -> !on.isBefore(from) && !on.isAfter(to)).findFirst();
            if (decision.isEmpty()) {
                continue;
            }
            children++;
            if (child.firstOnOrAfter(PlacementOrderGranted.class, decision.get())
                    .filter(order -> !order.on().isAfter(today)).isPresent()) {
                wentOnToOrder++;
            }
            if (child.firstOnOrAfter(PlacementConsentGiven.class, decision.get())
                    .filter(consent -> !consent.on().isAfter(today)).isPresent()) {
                wentOnToConsent++;
            }
            Optional<CaseMilestones.Milestone> change = child.firstOnOrAfter(AdoptionPlanChanged.class, decision.get())
                    .filter(changed -> !changed.on().isAfter(today));
            if (change.isPresent()) {
                planChanged++;
                byCourt += "COURT".equals(change.get().decidedBy()) ? 1 : 0;
                switch (String.valueOf(change.get().detail())) {
                    case "RETURN_HOME" -> returnedToParents++;
                    case "SPECIAL_GUARDIANSHIP" -> specialGuardianship++;
                    default -> other++;
                }
            }
        }
        return new Cohorts.AdoptionDecisions(children, wentOnToOrder, wentOnToConsent, planChanged,
                new Cohorts.PlanChangedTo(returnedToParents, specialGuardianship, other), byCourt);
    }

    private static Cohorts.Days averages(List<Long> days, SmallNumbers small) {
        return new Cohorts.Days(Averages.mean(days), Averages.median(days), days.size(), small.isSmall(days.size()));
    }

    /**
     * The match, or for a placement for adoption recorded without one (allowed before a placement needed a match)
     * the placement date: the latest the match decision can have been.
     */
    private static Optional<LocalDate> matchedOn(CaseMilestones child) {
        return Stream.of(child.first(ChildMatched.class), child.first(ChildPlacedForAdoption.class))
                .flatMap(Optional::stream).map(CaseMilestones.Milestone::on).min(Comparator.naturalOrder());
    }

    private static boolean stillWaiting(CaseMilestones child, LocalDate orderOn, LocalDate today) {
        return child.milestones().stream().filter(milestone -> !milestone.on().isAfter(today)).noneMatch(milestone ->
                isOneOf(milestone, SpecialGuardianshipOrderGranted.class, ChildArrangementsOrderGranted.class,
                        ChildReturnedHome.class, ChildLeftCare.class, AdoptionOrderGranted.class)
                        || (!milestone.on().isBefore(orderOn)
                        && isOneOf(milestone, AdoptionPlanChanged.class, PlacementOrderRevoked.class)));
    }

    @SafeVarargs
    private static boolean isOneOf(CaseMilestones.Milestone milestone,
                                   Class<? extends CaseEvent>... types) {
        for (Class<? extends CaseEvent> type : types) {
            if (CaseEventTypes.wireNameOf(type).equals(milestone.type())) {
                return true;
            }
        }
        return false;
    }
}
