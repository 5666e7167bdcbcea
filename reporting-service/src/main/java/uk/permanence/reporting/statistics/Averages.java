package uk.permanence.reporting.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** The averages every report uses: the DfE's mean rounded to the nearest day (halves up), and the median. */
public final class Averages {

    private Averages() {
    }

    public static long roundHalfUp(long total, long count) {
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValue();
    }

    /** The mean rounded to a whole number, or null for no values. */
    public static Long mean(List<Long> values) {
        return values.isEmpty() ? null : roundHalfUp(values.stream().mapToLong(Long::longValue).sum(), values.size());
    }

    /** The middle value; for an even count, the mean of the two middle values; null for no values. */
    public static Double median(List<Long> values) {
        return medianOf(values.stream().filter(Objects::nonNull).map(Long::doubleValue).toList());
    }

    /** {@link #median} of values that may themselves be halves (such as monthly medians). */
    public static Double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
