package uk.permanence.tracking.caseload;

import static java.time.temporal.ChronoUnit.DAYS;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.councils.Tenant;
import uk.permanence.journey.Stage;
import uk.permanence.tracking.Today;
import uk.permanence.tracking.deadlines.DeadlineRule;

/**
 * The caller's open cases as {@link CaseloadRow}s, filtered, sorted and counted in the database from
 * {@code case_timeliness} (one row per case, its next deadline kept there) and the overdue rules of each row from
 * {@code case_deadline}: one statement for a page and one for its count, whatever the number of children.
 */
@Component
public class Caseload {

    private static final String COLUMNS = """
            t.case_id, t.case_reference, t.la_code, t.date_of_birth, t.expected_date_of_birth, t.stage,
            t.stage_since, t.permanence_plan, t.team, t.social_worker, t.family_finder, t.next_rule, t.next_due_on,
            array(select d.rule from case_deadline d where d.case_id = t.case_id and d.due_on < :today
                  and d.rule not in (:notices) order by d.due_on, d.rule) as overdue""";
    /** References are codes, not words: sorted byte by byte, as their index is, not by a language's rules. */
    private static final String REFERENCE = "t.case_reference collate \"C\"";
    /** The journey's order of the stages, for sorting by stage. */
    private static final String STAGE_ORDER = "array_position(array["
            + Arrays.stream(Stage.values()).map(stage -> "'" + stage.name() + "'").collect(Collectors.joining(","))
            + "]::varchar[], t.stage::varchar)";

    private final JdbcClient jdbc;
    private final Today today;

    Caseload(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** One page of the caller's children that the filter matches, and how many it matches in all. */
    public CaseloadPage page(CaseloadFilter filter, Tenant tenant, int page, int size) {
        LocalDate date = today.date();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, tenant, date, params);
        long total = jdbc.sql("select count(*) from case_timeliness t where " + where).params(params)
                .query(Long.class).single();
        // the page is chosen first, so that only its own rows look up their overdue deadlines
        List<CaseloadRow> items = jdbc.sql("select " + COLUMNS + " from (select * from case_timeliness t where "
                        + where + " order by " + order(filter) + " limit :size offset :offset) t order by "
                        + order(filter))
                .params(params).param("size", size).param("offset", (long) page * size)
                .param("notices", notices())
                .query((row, n) -> row(row, date))
                .list();
        return new CaseloadPage(items, page, size, total);
    }

    /** Every child the filter matches, in its order, as a stream that is closed once {@code reader} returns. */
    public void read(CaseloadFilter filter, Tenant tenant, Consumer<Stream<CaseloadRow>> reader) {
        LocalDate date = today.date();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, tenant, date, params);
        try (Stream<CaseloadRow> rows = jdbc.sql("select " + COLUMNS + " from case_timeliness t where " + where
                        + " order by " + order(filter))
                .params(params).param("notices", notices())
                .query((row, n) -> row(row, date))
                .stream()) {
            reader.accept(rows);
        }
    }

    private static String where(CaseloadFilter filter, Tenant tenant, LocalDate date, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of("t.closed_on is null", "t.la_code in (:tenantCouncils)"));
        params.put("tenantCouncils", tenant.councils().isEmpty() ? List.of("none") : List.copyOf(tenant.councils()));
        params.put("today", date);
        equal(where, params, "t.la_code", "la", filter.la());
        equal(where, params, "t.team", "team", filter.team());
        equal(where, params, "t.social_worker", "worker", filter.worker());
        equal(where, params, "t.family_finder", "familyFinder", filter.familyFinder());
        equal(where, params, "t.stage", "stage", filter.stage() == null ? null : filter.stage().name());
        if (filter.overdueOnly()) {
            // the next deadline is the earliest that is not a notice: a case has an overdue one if that is past
            where.add("t.next_due_on < :today");
        }
        if (filter.reference() != null) {
            where.add("upper(t.case_reference) like :reference escape '\\'");
            params.put("reference", "%" + filter.reference().toUpperCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return String.join(" and ", where);
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, String name,
                              String value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    /** The column asked for, then case reference and id, so that pages never overlap. */
    private static String order(CaseloadFilter filter) {
        boolean down = filter.descending();
        String column = switch (filter.sort()) {
            case REFERENCE -> REFERENCE + (down ? " desc" : "");
            // the youngest first: the latest date of birth (or expected birth)
            case AGE -> "coalesce(t.date_of_birth, t.expected_date_of_birth)" + (down ? " asc" : " desc")
                    + " nulls last";
            case STAGE -> STAGE_ORDER + (down ? " desc" : "");
            // the fewest days first: the stage reached most recently
            case DAYS_AT_STAGE -> "t.stage_since" + (down ? " asc" : " desc") + " nulls last";
            case NEXT_DUE_ON -> "t.next_due_on" + (down ? " desc" : " asc") + " nulls last";
        };
        return filter.sort() == CaseloadFilter.Sort.REFERENCE ? column + ", t.case_id"
                : column + ", " + REFERENCE + ", t.case_id";
    }

    private static List<String> notices() {
        return Arrays.stream(DeadlineRule.values()).filter(DeadlineRule::notice).map(DeadlineRule::name).toList();
    }

    private static CaseloadRow row(ResultSet row, LocalDate today) throws SQLException {
        LocalDate born = row.getObject("date_of_birth", LocalDate.class);
        LocalDate stageSince = row.getObject("stage_since", LocalDate.class);
        LocalDate nextDueOn = row.getObject("next_due_on", LocalDate.class);
        Array overdue = row.getArray("overdue");
        List<String> overdueRules = List.of((String[]) overdue.getArray());
        overdue.free();
        return new CaseloadRow(row.getString("case_id"), row.getString("case_reference"), row.getString("la_code"),
                born, row.getObject("expected_date_of_birth", LocalDate.class),
                born == null || born.isAfter(today) ? null : Period.between(born, today).getYears(),
                row.getString("stage"), stageSince, stageSince == null ? null : DAYS.between(stageSince, today),
                row.getString("permanence_plan"), row.getString("team"), row.getString("social_worker"),
                row.getString("family_finder"), row.getString("next_rule"), nextDueOn,
                nextDueOn == null ? null : DAYS.between(today, nextDueOn), overdueRules);
    }
}
