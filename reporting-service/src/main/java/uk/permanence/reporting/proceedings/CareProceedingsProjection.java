package uk.permanence.reporting.proceedings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.journey.CareProceedings;
import uk.permanence.journey.CaseJourney;
import uk.permanence.reporting.knowledge.KnownVersions;
import uk.permanence.reporting.knowledge.VersionedTable;

/** Every set of care proceedings of each case, as known over time, for the proceedings report. */
@Component
class CareProceedingsProjection implements RecomputedProjection {

    private record Proceedings(int number, String laCode, LocalDate issuedOn, LocalDate lastDay,
                               LocalDate concludedOn, Boolean within26Weeks, int extensionWeeks,
                               String delayReasons) {
    }

    private final VersionedTable table;

    CareProceedingsProjection(JdbcTemplate jdbc) {
        this.table = new VersionedTable(jdbc, "care_proceedings", List.of("case_id", "number", "la_code",
                "issued_on", "last_day", "concluded_on", "within_26_weeks", "extension_weeks", "delay_reasons"));
    }

    @Override
    public List<String> tables() {
        return List.of("care_proceedings");
    }

    @Override
    public void recompute(List<CaseHistory> histories) {
        table.replace(histories, history -> KnownVersions.of(history, CareProceedingsProjection::proceedings,
                        Proceedings::number),
                row -> Arrays.asList(row.number(), row.laCode(), row.issuedOn(), row.lastDay(), row.concludedOn(),
                        row.within26Weeks(), row.extensionWeeks(), row.delayReasons()));
    }

    private static List<Proceedings> proceedings(CaseHistory history) {
        List<CareProceedings> all = CareProceedings.all(CaseJourney.effective(history.events()));
        List<Proceedings> rows = new ArrayList<>();
        for (int number = 0; number < all.size(); number++) {
            CareProceedings proceedings = all.get(number);
            rows.add(new Proceedings(number, proceedings.laCode(), proceedings.issuedOn(), proceedings.lastDay(),
                    proceedings.concludedOn(), proceedings.open() ? null : proceedings.concludedWithinTwentySixWeeks(),
                    proceedings.extensionWeeks(), proceedings.delayReasons().stream()
                            .map(Enum::name).sorted().collect(Collectors.joining(","))));
        }
        return rows;
    }
}
