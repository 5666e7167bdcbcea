package uk.permanence.tracking.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** {@code alerts_open} by kind, rule and severity (bounded tags), counted afresh every sweep interval. */
@Component
class OpenAlertCounts {

    private final JdbcClient jdbc;
    private final MultiGauge open;

    OpenAlertCounts(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.open = MultiGauge.builder("alerts_open")
                .description("Alerts open now")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${tracking.sweep-interval}")
    void count() {
        open.register(jdbc.sql("select kind, rule, severity, count(*) as open from alert where status = 'open' "
                        + "group by kind, rule, severity")
                .query((row, n) -> MultiGauge.Row.of(
                        Tags.of("kind", row.getString("kind"), "rule", row.getString("rule"),
                                "severity", row.getString("severity")),
                        row.getLong("open")))
                .list(), true);
    }
}
