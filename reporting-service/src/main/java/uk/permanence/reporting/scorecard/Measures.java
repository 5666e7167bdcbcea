package uk.permanence.reporting.scorecard;

/** The four scorecard measures over one group of children. */
public record Measures(Measure a1, Measure a10, Measure a2, Measure a3) {
}
