package uk.permanence.tracking.rebuild;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations only: a checksum of tracking's read models (timeliness, deadlines, open alerts), to prove that a
 * rebuild ({@code POST /admin/rebuild}) gives exactly the state that consuming the events gave.
 */
@RestController
class ChecksumController {

    private final JdbcClient jdbc;

    ChecksumController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/checksum")
    Map<String, String> checksum() {
        return Map.of("checksum", jdbc.sql("""
                select md5(coalesce(string_agg(row, '|' order by row), ''))
                from (select t::text as row from case_timeliness t
                      union all select d::text from case_deadline d
                      union all select concat_ws(',', case_id, rule, severity, due_on) from alert
                                where status = 'open') rows""").query(String.class).single());
    }
}
