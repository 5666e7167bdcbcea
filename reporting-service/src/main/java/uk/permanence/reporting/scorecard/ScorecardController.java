package uk.permanence.reporting.scorecard;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.councils.Tenant;
import uk.permanence.events.EthnicityGroup;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.reporting.scope.ReportScope;
import uk.permanence.reporting.scope.ReportedScope;
import uk.permanence.reporting.statistics.SmallNumbers;

/**
 * {@code GET /api/reports/scorecard?la=CODE} (or {@code raa=ID}): A1, A10, A2 and A3 over the children adopted in
 * a period, by default the 3 years ending the last 31 March. Retrospective: it looks back at children adopted.
 */
@RestController
class ScorecardController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final NationalThresholds thresholds;
    private final SmallNumbers small;
    private final PeriodLimits limits;

    ScorecardController(JdbcClient jdbc, Councils councils, NationalThresholds thresholds, SmallNumbers small,
                        PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.thresholds = thresholds;
        this.small = small;
        this.limits = limits;
    }

    @GetMapping("/api/reports/scorecard")
    Scorecard scorecard(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String la,
            @RequestParam(required = false) String raa,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Tenant tenant, AsKnown known) {
        PeriodLimits.ReportPeriod period = limits.yearsEndingLast31March(from, to, 3, known.today());
        LocalDate periodStart = period.from();
        LocalDate periodEnd = period.to();
        Set<String> scope = ReportScope.of(la, raa, periodEnd, councils, tenant);
        List<AdoptedChild> cohort = known.bind(jdbc.sql("""
                        select entered_care_on, placement_order_on, matched_on, placed_on, a10_stop_on, date_of_birth,
                               sibling_group, disability, ethnicity_group, early_permanence
                        from adoption_journey aj
                        where la_code in (:councils) and adopted_on between :from and :to
                          and entered_care_on is not null and placed_on is not null and """ + known.rows("aj")))
                .param("councils", scope).param("from", periodStart).param("to", periodEnd)
                .query((row, n) -> new AdoptedChild(row.getObject("entered_care_on", LocalDate.class),
                        row.getObject("placement_order_on", LocalDate.class),
                        row.getObject("matched_on", LocalDate.class), row.getObject("placed_on", LocalDate.class),
                        row.getObject("a10_stop_on", LocalDate.class),
                        new AdoptedChild.Characteristics(row.getObject("date_of_birth", LocalDate.class),
                                row.getBoolean("sibling_group"), row.getBoolean("disability"),
                                row.getString("ethnicity_group") == null ? null
                                        : EthnicityGroup.valueOf(row.getString("ethnicity_group")),
                                row.getBoolean("early_permanence"))))
                .list();
        NationalThresholds.Threshold threshold = thresholds.inForceOn(periodEnd);
        Measures measures = ScorecardCalculator.measures(cohort, threshold, small);
        return new Scorecard(ReportedScope.of(la, raa, scope), known.at(), periodStart, periodEnd,
                Scorecard.RETROSPECTIVE, measures.a1(), measures.a10(), measures.a2(), measures.a3(),
                threshold.placedWithinMonths(), cohort.stream().filter(AdoptedChild::matchTakenFromPlacement).count(),
                ScorecardSplits.splits(cohort, threshold, small));
    }
}
