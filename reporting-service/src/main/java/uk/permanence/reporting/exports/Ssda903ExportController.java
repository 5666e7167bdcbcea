package uk.permanence.reporting.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.reporting.csv.CsvTable;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.reporting.scope.ReportScope;
import uk.permanence.web.FieldProblem;

/**
 * {@code GET /api/exports/ssda903?la=825&year=2025-26&table=ad1|placed-adoption|header|episodes}: one table of a
 * council's SSDA903 return for a collection year, as CSV in the DfE's layout (its columns in their order, dates
 * dd/mm/yyyy, CHILD the case reference), ready to merge into the return the council makes. A row shows the year as
 * the return would have: an episode's end, and a decision's reversal, after 31 March are left out. With
 * {@code Accept: application/json}, the same table as {@code columns} and {@code rows}.
 * <ul>
 * <li>AD1: each child adopted in the year (adoption order 1 April to 31 March): DOB, DATE_INT (the decision in
 * force), DATE_MATCH, FOSTER_CARE (1 when placed with their own foster carers); NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR
 * are not held and left blank.</li>
 * <li>PlacedAdoption: each decision that the child should be placed for adoption in force at any time in the year
 * (made by 31 March, not reversed nor ended with the period of care before 1 April), with its reversal
 * (DATE_PLACED_CEASED, REASON_PLACED_CEASED RD1 to RD4) when that fell in the year.</li>
 * <li>Episodes: each episode open at any time in the year, as {@link ReturnRows} derives them.</li>
 * <li>Header: each child with an episode in the year: CHILD and DOB; SEX, ETHNIC (the platform holds only a broad
 * group), UPN, MOTHER and MC_DOB are not held and left blank.</li>
 * </ul>
 */
@RestController
class Ssda903ExportController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Councils councils;
    private final PeriodLimits limits;

    Ssda903ExportController(JdbcClient jdbc, Councils councils, PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.limits = limits;
    }

    /** The table asked for, and the file name it is downloaded under. */
    private record Export(CsvTable table, String fileName) {
    }

    @GetMapping(value = "/api/exports/ssda903", produces = "text/csv")
    ResponseEntity<CsvTable> csv(@RequestParam(required = false) String la,
                                 @RequestParam(required = false) String year,
                                 @RequestParam(required = false) String table, Tenant tenant, AsKnown known) {
        Export export = export(la, year, table, tenant, known);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName()).build().toString()).body(export.table());
    }

    @GetMapping(value = "/api/exports/ssda903", produces = "application/json")
    CsvTable json(@RequestParam(required = false) String la, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String table, Tenant tenant, AsKnown known) {
        return export(la, year, table, tenant, known).table();
    }

    private Export export(String la, String year, String table, Tenant tenant, AsKnown known) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (la == null || la.isBlank()) {
            errors.put("la", "give the council's three-digit DfE code, e.g. 825");
        } else if (!councils.isKnown(la.strip())) {
            errors.put("la", "no council with this code is on the platform");
        }
        Optional<CollectionYear> collectionYear = Optional.ofNullable(year).flatMap(CollectionYear::parse);
        if (collectionYear.isEmpty()) {
            errors.put("year", "give the collection year as two consecutive years written YYYY-YY, e.g. 2025-26");
        }
        Optional<Ssda903Table> returnTable = Optional.ofNullable(table).flatMap(Ssda903Table::named);
        if (returnTable.isEmpty()) {
            errors.put("table", "give one of " + Ssda903Table.names());
        }
        if (!errors.isEmpty()) {
            throw FieldProblem.badRequest(errors);
        }
        CollectionYear of = collectionYear.get();
        limits.date("year", of.start());
        String council = ReportScope.of(la.strip(), null, of.end(), councils, tenant).iterator().next();
        Ssda903Table answered = returnTable.get();
        return new Export(new CsvTable(answered.columns(), rows(answered, council, of, known)),
                "ssda903-" + council + "-" + of + "-" + answered.title() + ".csv");
    }

    private List<List<String>> rows(Ssda903Table table, String council, CollectionYear year, AsKnown known) {
        LocalDate end = year.end();
        return switch (table) {
            case AD1 -> query("""
                    select child, date_of_birth, date_int, date_match, foster_care from ssda903_ad1 r
                    where la_code = :la and adopted_on between :from and :to and %s
                    order by child, adopted_on""", council, year, known, row -> Arrays.asList(row.getString("child"),
                    date(row, "date_of_birth", end), date(row, "date_int", end), date(row, "date_match", end),
                    row.getString("foster_care"), null, null, null));
            // a decision reversed in an earlier year is still returned, with its reversal, while the child is
            // looked after in this one, as councils return it (and rules 553 and 555 expect for a child under an order)
            case PLACED_ADOPTION -> query("""
                    select child, date_of_birth, date_placed, date_placed_ceased, reason_placed_ceased
                    from ssda903_placed_adoption r
                    where la_code = :la and date_placed <= :to and %s
                      and (decision_ended_on is null or decision_ended_on >= :from
                           or exists (select 1 from ssda903_episode e where e.case_id = r.case_id
                                      and e.decom <= :to and (e.dec is null or e.dec >= :from) and """
                    + known.rows("e") + "))\n order by child, date_placed", council, year, known, row -> {
                String ceased = date(row, "date_placed_ceased", end);
                return Arrays.asList(row.getString("child"), date(row, "date_of_birth", end),
                        date(row, "date_placed", end), ceased, ceased == null ? null
                                : row.getString("reason_placed_ceased"));
            });
            case HEADER -> query("""
                    select distinct child, date_of_birth from ssda903_episode r
                    where la_code = :la and decom <= :to and (dec is null or dec >= :from) and %s
                    order by child""", council, year, known, row -> Arrays.asList(row.getString("child"), null,
                    date(row, "date_of_birth", end), null, null, null, null));
            case EPISODES -> query("""
                    select child, decom, rne, ls, place, dec, rec from ssda903_episode r
                    where la_code = :la and decom <= :to and (dec is null or dec >= :from) and %s
                    order by child, decom""", council, year, known, row -> {
                String ended = date(row, "dec", end);
                return Arrays.asList(row.getString("child"), date(row, "decom", end), row.getString("rne"),
                        row.getString("ls"), null, row.getString("place"), null, ended,
                        ended == null ? null : row.getString("rec"), null, null, null, null);
            });
        };
    }

    private interface Row {
        List<String> cells(ResultSet row) throws SQLException;
    }

    private List<List<String>> query(String sql, String council, CollectionYear year, AsKnown known, Row row) {
        return known.bind(jdbc.sql(sql.formatted(known.rows("r"))))
                .param("la", council).param("from", year.start()).param("to", year.end())
                .query((result, n) -> row.cells(result)).list();
    }

    /** The date as the return writes it, or blank when there is none or it falls after the year's end. */
    private static String date(ResultSet row, String column, LocalDate end) throws SQLException {
        LocalDate date = row.getObject(column, LocalDate.class);
        return date == null || date.isAfter(end) ? null : date.format(DATE);
    }
}
