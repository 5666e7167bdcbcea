package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** {@code GET /api/reports/scorecard}: A1, A10, A2 and A3 over the children adopted in a period, with splits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scorecard(ReportScope scope, Instant asOf, LocalDate from, LocalDate to, Measure a1, Measure a10,
                        Measure a2, Measure a3, int a3PlacedWithinMonths, long a2MatchTakenFromPlacement,
                        Splits splits) {

    /**
     * One measure: the mean (and median) days, or A3's percent; the children behind it; the national threshold and
     * whether the mean met it (null where none applies or there is no figure); too few children to act on.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(Long mean, Double median, Long percent, int children, Integer threshold, Boolean met,
                          boolean smallNumber) {

        public boolean missed() {
            return Boolean.FALSE.equals(met);
        }
    }

    /** The four measures for one group of children. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measures(Measure a1, Measure a10, Measure a2, Measure a3) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Splits(Measures fiveOrOverAtEntry, Measures siblingGroup, Measures disability,
                         Measures earlyPermanence, Map<String, Measures> byEthnicityGroup) {
    }
}
