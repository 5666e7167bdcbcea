package uk.permanence.reporting.scorecard;

import java.time.LocalDate;
import java.time.MonthDay;

/** The reporting year ends on 31 March, as the DfE's returns do. */
public final class ScorecardPeriods {

    private static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private ScorecardPeriods() {
    }

    /** The last 31 March strictly before today: on 31 March itself the year is not yet over. */
    public static LocalDate lastYearEnd(LocalDate today) {
        LocalDate thisYear = YEAR_END.atYear(today.getYear());
        return today.isAfter(thisYear) ? thisYear : thisYear.minusYears(1);
    }
}
