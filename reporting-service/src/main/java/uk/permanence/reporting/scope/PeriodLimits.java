package uk.permanence.reporting.scope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.permanence.web.FieldProblem;

/**
 * The bounds of every date, period and {@code asOf} a report is asked for ({@code reporting.limits} in
 * application.yml): a date between {@code earliest-date} and {@code latest-ahead} after today, a period no longer
 * than {@code longest-period-years}, and an {@code asOf} no later than {@code as-of-ahead} after now. Anything outside is
 * a 400 problem naming the field, before any query runs.
 */
@Component
public class PeriodLimits {

    private static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private final LocalDate earliestDate;
    private final Period latestAhead;
    private final int longestPeriodYears;
    private final Duration asOfAhead;
    private final Clock clock;

    PeriodLimits(@Value("${reporting.limits.earliest-date}") String earliestDate,
                 @Value("${reporting.limits.latest-ahead}") Period latestAhead,
                 @Value("${reporting.limits.longest-period-years}") int longestPeriodYears,
                 @Value("${reporting.limits.as-of-ahead}") Duration asOfAhead, Clock clock) {
        this.earliestDate = LocalDate.parse(earliestDate);
        this.latestAhead = latestAhead;
        this.longestPeriodYears = longestPeriodYears;
        this.asOfAhead = asOfAhead;
        this.clock = clock;
    }

    /** A date asked for in {@code field}: within the earliest date and today plus the look-ahead. */
    public LocalDate date(String field, LocalDate date) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(field, date, errors);
        if (!errors.isEmpty()) {
            throw FieldProblem.badRequest(errors);
        }
        return date;
    }

    /** The dates a report covers. */
    public record ReportPeriod(LocalDate from, LocalDate to) {
    }

    /**
     * {@code from} to {@code to} as asked, each by default ending the last 31 March before {@code today} and
     * starting {@code years} before that end; checked as {@link #period(String, LocalDate, String, LocalDate)}.
     */
    public ReportPeriod yearsEndingLast31March(LocalDate from, LocalDate to, int years, LocalDate today) {
        LocalDate end = to != null ? to : lastYearEnd(today);
        LocalDate start = from != null ? from : end.minusYears(years).plusDays(1);
        period("from", start, "to", end);
        return new ReportPeriod(start, end);
    }

    /** The reporting year ends on 31 March, as the DfE's returns do; on 31 March itself the year is not yet over. */
    static LocalDate lastYearEnd(LocalDate today) {
        LocalDate thisYear = YEAR_END.atYear(today.getYear());
        return today.isAfter(thisYear) ? thisYear : thisYear.minusYears(1);
    }

    /** A period from {@code fromField} to {@code toField}: both dates in bounds, in order, and not too long. */
    public void period(String fromField, LocalDate from, String toField, LocalDate to) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(fromField, from, errors);
        check(toField, to, errors);
        if (!errors.isEmpty()) {
            throw FieldProblem.badRequest(errors);
        }
        if (from.isAfter(to)) {
            throw FieldProblem.badRequest(fromField, "must not be after " + toField);
        }
        if (from.plusYears(longestPeriodYears).isBefore(to)) {
            throw FieldProblem.badRequest(fromField, "must be at most " + longestPeriodYears + " years before "
                    + toField);
        }
    }

    private void check(String field, LocalDate date, Map<String, String> errors) {
        LocalDate latest = LocalDate.now(clock).plus(latestAhead);
        if (date.isBefore(earliestDate) || date.isAfter(latest)) {
            errors.put(field, "must be between " + earliestDate + " and " + latest);
        }
    }

    /** An {@code asOf}: not before the earliest date and no later than now plus its look-ahead. */
    public Instant asOf(Instant asOf) {
        Instant latest = clock.instant().plus(asOfAhead);
        if (asOf.isBefore(earliestDate.atStartOfDay(clock.getZone()).toInstant()) || asOf.isAfter(latest)) {
            throw FieldProblem.badRequest("asOf", "must be between " + earliestDate + " and " + latest);
        }
        return asOf;
    }
}
