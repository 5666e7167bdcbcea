package uk.permanence.webapp.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reports the pages show, each at {@code /reports/{slug}} from the API's {@code /api/reports/{slug}}, with the
 * period its form asks for (the API's parameters) and whether it covers an RAA as well as a council.
 */
enum Report {

    SCORECARD(Scorecard.class, "scorecard", "Adoption scorecard", Period.DATES, true,
            "A1, A10, A2 and A3 for the children adopted in a period, against the national thresholds, with the "
                    + "RAA's member councils side by side"),
    COHORTS(Cohorts.class, "cohorts", "Prospective cohorts", Period.DATES, true,
            "Placement orders and adoption decisions of a period, followed forward to today"),
    QUARTERLY_RETURN(QuarterlyReturn.class, "quarterly-return", "Quarterly return", Period.QUARTER, true,
            "The ASGLB-style counts of a quarter, a line per council and a total"),
    RUN_CHARTS(RunCharts.class, "run-charts", "Run charts", Period.MONTHS, true,
            "Median days by month for A1, A2 and entering care to the adoption decision, with shifts and trends"),
    DATA_QUALITY(DataQuality.class, "data-quality", "Data quality", Period.DATES, true,
            "How late milestones are recorded, and children lacking a date the SSDA903 return needs"),
    COST_OF_DELAY(CostOfDelay.class, "cost-of-delay", "Cost of delay", Period.DATES_AND_BASELINE, true,
            "Days in care saved or lost against a baseline period, and their cost"),
    PROCEEDINGS(Proceedings.class, "proceedings", "Care proceedings", Period.DATES, true,
            "Care proceedings concluded in a period, the share within 26 weeks, and the reasons for the rest"),
    SUMMARY(CouncilSummary.class, "summary", "Children in care", Period.NONE, false,
            "How many children a council has in care");

    /** Which period a report's form asks for, as the API takes it. */
    enum Period {
        /** {@code from} and {@code to}, dates. */
        DATES(List.of("from", "to")),
        /** Dates, and a baseline period to compare with. */
        DATES_AND_BASELINE(List.of("from", "to", "baselineFrom", "baselineTo")),
        /** {@code from} and {@code to}, months such as 2025-01. */
        MONTHS(List.of("from", "to")),
        /** {@code quarter}, such as 2026-Q2. */
        QUARTER(List.of("quarter")),
        NONE(List.of());

        final List<String> fields;

        Period(List<String> fields) {
            this.fields = fields;
        }
    }

    final Class<?> answer;
    final String slug;
    final String title;
    final String apiPath;
    final Period period;
    final boolean forRaa;
    final String summary;

    Report(Class<?> answer, String slug, String title, Period period, boolean forRaa, String summary) {
        this.answer = answer;
        this.slug = slug;
        this.title = title;
        this.apiPath = "/api/reports/" + slug;
        this.period = period;
        this.forRaa = forRaa;
        this.summary = summary;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** The period's kind by name ({@link Period}), for the form. */
    public String periodKind() {
        return period.name();
    }

    static Optional<Report> bySlug(String slug) {
        return Arrays.stream(values()).filter(report -> report.slug.equals(slug)).findFirst();
    }
}
