package uk.permanence.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A histogram's cumulative bucket counts as a service's {@code /actuator/prometheus} shows them; the difference of
 * two snapshots is the distribution of exactly the window between them, whatever ran before.
 */
record BucketWindow(TreeMap<Double, Double> cumulative) {

    static BucketWindow of(String metrics, String histogram) {
        TreeMap<Double, Double> counts = new TreeMap<>();
        Matcher matcher = Pattern.compile("^" + histogram + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        while (matcher.find()) {
            double bound = matcher.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY
                    : Double.parseDouble(matcher.group(1));
            counts.merge(bound, Double.parseDouble(matcher.group(2)), Double::sum);
        }
        return new BucketWindow(counts);
    }

    BucketWindow since(BucketWindow before) {
        TreeMap<Double, Double> window = new TreeMap<>();
        cumulative.forEach((bound, count) -> window.put(bound, count - before.cumulative.getOrDefault(bound, 0.0)));
        return new BucketWindow(window);
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /** The quantile in milliseconds, interpolated within its bucket (as Prometheus's histogram_quantile does). */
    double quantileMillis(double quantile) {
        double rank = quantile * count();
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound * 1000;
                }
                double share = bucket.getValue() == lowerCount ? 0
                        : (rank - lowerCount) / (bucket.getValue() - lowerCount);
                return (lowerBound + share * (bucket.getKey() - lowerBound)) * 1000;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return Double.NaN;
    }
}
