package uk.permanence.reporting.scorecard;

/**
 * One scorecard measure over a cohort. {@code mean} is rounded to the nearest day, halves up; {@code percent}
 * (A3 only) likewise to a whole percent. {@code children} is the number of children behind the figure, and
 * {@code smallNumber} is true when they are too few to act on the figure (fewer than
 * {@code reporting.small-numbers.fewer-than}). {@code met} is null where no threshold applies.
 */
public record Measure(Long mean, Double median, Long percent, int children, Integer threshold, Boolean met,
                      boolean smallNumber) {
}
