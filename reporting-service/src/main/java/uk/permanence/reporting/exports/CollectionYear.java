package uk.permanence.reporting.exports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An SSDA903 collection year, 1 April to 31 March, written as the DfE writes it: {@code 2025-26}. */
record CollectionYear(int firstYear) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

    /** The year so written, if it is two consecutive years. */
    static Optional<CollectionYear> parse(String written) {
        Matcher matcher = WRITTEN.matcher(written.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        return (first + 1) % 100 == Integer.parseInt(matcher.group(2)) ? Optional.of(new CollectionYear(first))
                : Optional.empty();
    }

    LocalDate start() {
        return LocalDate.of(firstYear, 4, 1);
    }

    LocalDate end() {
        return LocalDate.of(firstYear + 1, 3, 31);
    }

    @Override
    public String toString() {
        return "%d-%02d".formatted(firstYear, (firstYear + 1) % 100);
    }
}
