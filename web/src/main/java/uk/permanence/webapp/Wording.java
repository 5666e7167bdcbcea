package uk.permanence.webapp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.permanence.councils.Councils;

/**
 * How the pages word what the API answers in codes: stages, event types and rules as sentences, councils by name,
 * dates as GOV.UK writes them, a child's age today. The pages call it as {@code @wording}.
 */
@Component("wording")
public class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Clock clock;
    private final Councils councils;

    Wording(Clock clock, Environment environment) {
        this.clock = clock;
        this.councils = Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("no councils (councils.yml) in the configuration"));
    }

    /** "PLACEMENT_ORDER" and "PlacementOrderGranted" alike as "Placement order" and "Placement order granted". */
    public String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String spaced = code.contains("_") || code.equals(code.toUpperCase(Locale.UK))
                ? code.replace('_', ' ')
                : code.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        String lower = spaced.toLowerCase(Locale.UK).replace("vaa", "VAA").replace(" a1", " A1")
                .replace(" a2", " A2").replace(" a10", " A10");
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public String council(String laCode) {
        Councils.Council council = councils.councils().get(laCode);
        return council == null ? laCode : council.name() + " (" + laCode + ")";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A recording time, in England's time. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
    }

    /** The child's age today from their date of birth; "Not yet born" before it, or with only an expected date. */
    public String age(LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {
        if (dateOfBirth == null) {
            return expectedDateOfBirth == null ? "Not known" : "Not yet born";
        }
        LocalDate today = LocalDate.now(clock);
        if (dateOfBirth.isAfter(today)) {
            return "Not yet born";
        }
        Period age = Period.between(dateOfBirth, today);
        if (age.getYears() == 0) {
            return plural(age.getMonths(), "month");
        }
        return plural(age.getYears(), "year") + (age.getMonths() == 0 ? "" : " " + plural(age.getMonths(), "month"));
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
