package uk.permanence.reporting.costofdelay;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.permanence.reporting.scope.ReportedScope;
import uk.permanence.reporting.statistics.Averages;

/**
 * For the children adopted in a period against those adopted in a baseline period, the change in the mean days
 * spent in foster care (entry to placement for adoption) and in the adoptive placement (placement to adoption
 * order), the days that change saved (or lost, if negative) across the period's children, and their cost at the
 * weekly costs of care.
 */
record CostOfDelay(ReportedScope scope, Instant asOf, Period baseline, Period period, WeeklyCareCosts weeklyCost,
                   DaysSaved daysSaved, BigDecimal costSaved, String currency, String reading) {

    static final String READING = "positive: the period's children spent fewer days in care than the baseline's, at "
            + "the period's number of children; negative: more days, and the cost of that delay";

    /** A child adopted in a period, with the dates the days in each kind of care run between. */
    record Adopted(LocalDate enteredCareOn, LocalDate placedOn, LocalDate adoptedOn) {
    }

    /** The adopted children of a period: how many, and their mean days in each kind of care. */
    record Period(LocalDate from, LocalDate to, int children, Long meanDaysInFosterCare,
                  Long meanDaysInAdoptivePlacement) {

        static Period of(LocalDate from, LocalDate to, List<Adopted> children) {
            return new Period(from, to, children.size(),
                    Averages.mean(children.stream()
                            .map(child -> DAYS.between(child.enteredCareOn(), child.placedOn())).toList()),
                    Averages.mean(children.stream()
                            .map(child -> DAYS.between(child.placedOn(), child.adoptedOn())).toList()));
        }
    }

    record DaysSaved(long fosterCare, long adoptivePlacement, long total) {
    }

    static CostOfDelay of(ReportedScope scope, Instant asOf, Period baseline, Period period, WeeklyCareCosts costs) {
        long fosterDaysSaved = saved(baseline.meanDaysInFosterCare(), period.meanDaysInFosterCare(),
                period.children());
        long adoptiveDaysSaved = saved(baseline.meanDaysInAdoptivePlacement(), period.meanDaysInAdoptivePlacement(),
                period.children());
        BigDecimal costSaved = dailyCost(costs.fosterCare()).multiply(BigDecimal.valueOf(fosterDaysSaved))
                .add(dailyCost(costs.adoptivePlacement()).multiply(BigDecimal.valueOf(adoptiveDaysSaved)))
                .setScale(0, RoundingMode.HALF_UP);
        return new CostOfDelay(scope, asOf, baseline, period, costs,
                new DaysSaved(fosterDaysSaved, adoptiveDaysSaved, fosterDaysSaved + adoptiveDaysSaved), costSaved,
                "GBP", READING);
    }

    private static long saved(Long baselineMean, Long periodMean, int children) {
        return baselineMean == null || periodMean == null ? 0 : (baselineMean - periodMean) * children;
    }

    private static BigDecimal dailyCost(BigDecimal weekly) {
        return weekly.divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);
    }
}
