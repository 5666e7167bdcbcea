package uk.permanence.webapp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GOV.UK date input (day, month and year as three fields) read into a date, or the message GOV.UK's pattern gives
 * for what is wrong: a missing part named, a date that does not exist, a year not written in full.
 */
public record DateInput(String day, String month, String year) {

    /** The date, or the reason it is not one. */
    public record Read(LocalDate date, String error) {

        public boolean valid() {
            return error == null;
        }
    }

    public boolean blank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    /** Reads the fields; {@code what} names the date in messages, as in "Enter the date the case was known on". */
    public Read read(String what) {
        if (blank()) {
            return new Read(null, "Enter " + what);
        }
        List<String> missing = new ArrayList<>();
        if (isBlank(day)) {
            missing.add("a day");
        }
        if (isBlank(month)) {
            missing.add("a month");
        }
        if (isBlank(year)) {
            missing.add("a year");
        }
        if (!missing.isEmpty()) {
            return new Read(null, capitalised(what) + " must include " + String.join(" and ", missing));
        }
        if (!year.strip().matches("\\d{4}")) {
            return new Read(null, "Year must include 4 numbers");
        }
        return date().map(date -> new Read(date, null))
                .orElseGet(() -> new Read(null, capitalised(what) + " must be a real date"));
    }

    /** The date the three fields write (digits only, the year in full), if it is a real one. */
    public Optional<LocalDate> date() {
        if (isBlank(day) || isBlank(month) || isBlank(year) || !day.strip().matches("\\d{1,2}")
                || !month.strip().matches("\\d{1,2}") || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String part) {
        return part == null || part.isBlank();
    }

    private static String capitalised(String what) {
        String bare = what.startsWith("the ") ? what.substring(4) : what;
        return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }
}
