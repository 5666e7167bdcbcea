package uk.permanence.journey;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;

/**
 * One of the scorecard's clocks for one child, counted between legal dates: A1 from entering care to placement for
 * adoption, A10 stopping instead where the child began living with the adopters, A2 from the placement order to the
 * match. {@code stoppedOn} is null while the clock runs, and {@code days} then counts to the end date given.
 */
public record AdoptionClock(LocalDate startedOn, LocalDate stoppedOn, long days) {

    public boolean running() {
        return stoppedOn == null;
    }

    public static AdoptionClock a1(LocalDate entered, LocalDate placed, LocalDate end) {
        return between(entered, placed, end);
    }

    public static AdoptionClock a10(LocalDate entered, LocalDate livingWithAdopters, LocalDate placed, LocalDate end) {
        return between(entered, livingWithAdopters != null ? livingWithAdopters : placed, end);
    }

    /**
     * A2: a match made before the placement order counts as 0 days; a placement recorded without a match stands
     * for the match, as in the reports (the decision cannot have come after the child moved in).
     */
    public static AdoptionClock a2(LocalDate order, LocalDate matched, LocalDate placed, LocalDate end) {
        LocalDate stop = matched != null ? matched : placed;
        if (stop == null) {
            return between(order, null, end);
        }
        return new AdoptionClock(order, stop, Math.max(0, DAYS.between(order, stop)));
    }

    private static AdoptionClock between(LocalDate start, LocalDate stop, LocalDate end) {
        return new AdoptionClock(start, stop, DAYS.between(start, stop != null ? stop : end));
    }
}
