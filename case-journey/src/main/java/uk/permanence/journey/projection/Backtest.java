package uk.permanence.journey.projection;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.LivingWithAdopters;
import uk.permanence.journey.Placement;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * How good the projection is, measured on an agency's own past: at the start of each quarter, every child's journey
 * is folded from the events whose legal date had come (recording lag left aside), the agency's stage sample taken
 * as it stood then, and each waiting child projected as the service would have done that day. The projected
 * placement is compared with the placement that followed; each child whose wait went over the A1 threshold is
 * looked for among those flagged, and how long before the threshold's last day they first were.
 */
public final class Backtest {

    private final int years;
    private final int minimumSample;
    private final Map<RemainingMilestone, Integer> nationalTimescaleDays;
    private final int a1ThresholdDays;

    public Backtest(int years, int minimumSample, Map<RemainingMilestone, Integer> nationalTimescaleDays,
                    int a1ThresholdDays) {
        this.years = years;
        this.minimumSample = minimumSample;
        this.nationalTimescaleDays = Map.copyOf(nationalTimescaleDays);
        this.a1ThresholdDays = a1ThresholdDays;
    }

    /** One quarter: the children projected at its start, the placements compared, their median error. */
    public record Quarter(LocalDate asOf, int childrenProjected, int placementsCompared, Long medianAbsoluteErrorDays,
                          int flagged) {
    }

    /**
     * The whole run: the median absolute error in days of every projected placement that happened (each child once
     * per quarter it was projected in); the children whose A1 went over the threshold by {@code endsOn} (placed
     * after its last day, or still waiting on an adoption plan past it), that day coming after the first quarter's
     * start, how many of them were flagged on or before that day, the median days ahead they first were, and the
     * children flagged who did not go over.
     */
    public record Result(List<Quarter> quarters, int placementsCompared, Long medianAbsoluteErrorDays, int breaches,
                         int breachesFlagged, Long medianDaysFlaggedAhead, int falseAlarms) {
    }

    /**
     * Projects at the start of each quarter from the first starting on or after {@code from} to the last starting on
     * or before {@code to}, and compares with what happened up to {@code endsOn} (the end of the data).
     */
    public Result run(List<List<RecordedCaseEvent>> histories, LocalDate from, LocalDate to, LocalDate endsOn) {
        List<Quarter> quarters = new ArrayList<>();
        List<Long> errors = new ArrayList<>();
        Map<Integer, LocalDate> firstFlagged = new HashMap<>();
        List<CaseJourney> outcomes = histories.stream().map(CaseJourney::of).toList();
        for (LocalDate asOf = quarterStart(from); !asOf.isAfter(to); asOf = asOf.plusMonths(3)) {
            LocalDate day = asOf;
            List<CaseJourney> known = histories.stream().map(history -> knownOn(history, day)).toList();
            StageSample sample = new StageSample(known.stream().flatMap(journey -> StageDuration.of(journey)
                    .stream()).toList(), day, years, minimumSample, nationalTimescaleDays);
            List<Long> quarterErrors = new ArrayList<>();
            int projected = 0;
            int flagged = 0;
            for (int child = 0; child < known.size(); child++) {
                CaseJourney then = known.get(child);
                if (then.placedForAdoption()) {
                    continue;
                }
                Optional<Projection> projection = JourneyProjector.project(then, day, sample);
                if (projection.isEmpty()) {
                    continue;
                }
                projected++;
                if (projection.get().entryToPlacementBreach(a1ThresholdDays, day).isPresent()) {
                    flagged++;
                    firstFlagged.putIfAbsent(child, day);
                }
                LocalDate projectedPlacement = projection.get().projected(RemainingMilestone.PLACEMENT).orElseThrow();
                Optional<LocalDate> placed = placedAfter(outcomes.get(child), day, endsOn);
                if (placed.isPresent()) {
                    quarterErrors.add(Math.abs(DAYS.between(projectedPlacement, placed.get())));
                }
            }
            errors.addAll(quarterErrors);
            quarters.add(new Quarter(day, projected, quarterErrors.size(),
                    quarterErrors.isEmpty() ? null : StageSample.median(quarterErrors), flagged));
        }
        return result(quarters, errors, firstFlagged, histories, outcomes, quarterStart(from), endsOn);
    }

    private Result result(List<Quarter> quarters, List<Long> errors, Map<Integer, LocalDate> firstFlagged,
                          List<List<RecordedCaseEvent>> histories, List<CaseJourney> outcomes, LocalDate watchFrom,
                          LocalDate endsOn) {
        int breaches = 0;
        int falseAlarms = 0;
        List<Long> ahead = new ArrayList<>();
        for (int child = 0; child < histories.size(); child++) {
            Optional<LocalDate> lastDayWithin = breachedLastDay(histories.get(child), outcomes.get(child), endsOn)
                    .filter(day -> day.isAfter(watchFrom));
            LocalDate flagged = firstFlagged.get(child);
            if (lastDayWithin.isPresent()) {
                breaches++;
                if (flagged != null && !flagged.isAfter(lastDayWithin.get())) {
                    ahead.add(DAYS.between(flagged, lastDayWithin.get()));
                }
            } else if (flagged != null) {
                falseAlarms++;
            }
        }
        return new Result(quarters, errors.size(), errors.isEmpty() ? null : StageSample.median(errors), breaches,
                ahead.size(), ahead.isEmpty() ? null : StageSample.median(ahead), falseAlarms);
    }

    /**
     * The last day within A1 of a child whose wait went over it: began living with the adopters (placed, or the
     * foster placement's start for carers who adopt) after that day, or by {@code endsOn} still in care on an
     * adoption plan, not living with adopters, past it. The clock the PROJECTED alert watches, as A10's.
     */
    private Optional<LocalDate> breachedLastDay(List<RecordedCaseEvent> history, CaseJourney outcome,
                                                LocalDate endsOn) {
        if (outcome.enteredCareOn() == null) {
            return Optional.empty();
        }
        LocalDate lastDayWithin = outcome.enteredCareOn().plusDays(a1ThresholdDays);
        Optional<LocalDate> livingWithAdopters = outcome.placements().stream()
                .filter(placement -> placement.placedOn().isAfter(outcome.enteredCareOn().minusDays(1))
                        && !placement.placedOn().isAfter(endsOn))
                .map(placement -> placement.fosterPlacementStartedOn() != null
                        ? placement.fosterPlacementStartedOn() : placement.placedOn())
                .min(LocalDate::compareTo);
        if (livingWithAdopters.isPresent()) {
            return livingWithAdopters.get().isAfter(lastDayWithin) ? Optional.of(lastDayWithin) : Optional.empty();
        }
        CaseJourney atEnd = knownOn(history, endsOn);
        boolean stillWaiting = !atEnd.closed() && atEnd.adoptionDecisionOn() != null
                && LivingWithAdopters.since(atEnd) == null;
        return stillWaiting && endsOn.isAfter(lastDayWithin) ? Optional.of(lastDayWithin) : Optional.empty();
    }

    private static Optional<LocalDate> placedAfter(CaseJourney outcome, LocalDate day, LocalDate endsOn) {
        return outcome.placements().stream().map(Placement::placedOn)
                .filter(on -> on.isAfter(day) && !on.isAfter(endsOn)).min(LocalDate::compareTo);
    }

    private static CaseJourney knownOn(List<RecordedCaseEvent> history, LocalDate day) {
        return CaseJourney.of(history.stream().filter(recorded -> !recorded.event().occurredOn().isAfter(day))
                .toList());
    }

    private static LocalDate quarterStart(LocalDate date) {
        LocalDate start = date.withDayOfMonth(1).withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1);
        return start.isBefore(date) ? start.plusMonths(3) : start;
    }
}
