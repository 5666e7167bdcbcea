package uk.permanence.webapp.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.permanence.webapp.Wording;

/**
 * How report pages write figures: days, percentages, pounds and months as GOV.UK writes them, and the API's messages
 * with their ISO dates written as dates. The pages call it as {@code @reportWording}.
 */
@Component("reportWording")
public class ReportWording {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?");

    private final Wording wording;

    ReportWording(Wording wording) {
        this.wording = wording;
    }

    public String days(Number days) {
        if (days == null) {
            return "No figure";
        }
        String number = number(days);
        return number + (number.equals("1") ? " day" : " days");
    }

    /** A whole number with thousands separated, or a half (a median of an even count) as 12.5. */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public String percent(Number value) {
        return value == null ? "No figure" : number(value) + "%";
    }

    /** Pounds, whole; a negative amount with a minus sign. */
    public String money(BigDecimal pounds) {
        if (pounds == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(0);
        String amount = "£" + format.format(pounds.abs().setScale(0, RoundingMode.HALF_UP));
        return pounds.signum() < 0 ? "−" + amount : amount;
    }

    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    public String shortMonth(YearMonth month) {
        return month == null ? "" : SHORT_MONTH.format(month);
    }

    public String date(LocalDate date) {
        return wording.date(date);
    }

    public String time(Instant instant) {
        return wording.time(instant);
    }

    /** A line's council by name, or "Total" for the line without one. */
    public String councilOrTotal(String laCode) {
        return laCode == null || "total".equals(laCode) ? "Total" : wording.council(laCode);
    }

    /** The API's message with its dates and instants as the pages write them. */
    public String message(String message) {
        if (message == null) {
            return "";
        }
        Matcher matcher = ISO.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(readable(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String readable(String iso) {
        try {
            return iso.length() == 10 ? wording.date(LocalDate.parse(iso)) : wording.time(Instant.parse(iso));
        } catch (DateTimeException e) {
            return iso;
        }
    }
}
