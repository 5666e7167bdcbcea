package uk.permanence.demo.region;

import java.util.SplittableRandom;

/** The random draws of the generator, all from one seeded source so that a seed and a day give the same region. */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /**
     * Days drawn from a log-normal distribution with the given median and spread (the sigma of the logarithm): the
     * long right tail of the times children wait, never below {@code least}.
     */
    long days(double median, double sigma, long least) {
        return Math.max(least, Math.round(median * Math.exp(sigma * random.nextGaussian())));
    }

    /** One of the values, each with its weight. */
    @SafeVarargs
    final <T> T pick(Weighted<T>... choices) {
        double total = 0;
        for (Weighted<T> choice : choices) {
            total += choice.weight();
        }
        double at = random.nextDouble() * total;
        for (Weighted<T> choice : choices) {
            at -= choice.weight();
            if (at < 0) {
                return choice.value();
            }
        }
        return choices[choices.length - 1].value();
    }

    static <T> Weighted<T> w(double weight, T value) {
        return new Weighted<>(weight, value);
    }

    record Weighted<T>(double weight, T value) {
    }
}
