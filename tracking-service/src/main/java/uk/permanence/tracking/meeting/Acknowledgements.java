package uk.permanence.tracking.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The acknowledgements in force on a day: the latest of each alert key, until its review date. */
@Component
public class Acknowledgements {

    private final JdbcClient jdbc;

    Acknowledgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By case id, then by rule: the acknowledgement in force today of each deadline of these cases. */
    public Map<String, Map<String, Acknowledgement>> inForce(List<String> caseIds, LocalDate today) {
        Map<String, Map<String, Acknowledgement>> inForce = new HashMap<>();
        // the latest acknowledgement of each key, for the clock each deadline has now, while before its review date
        jdbc.sql("""
                        select * from (select distinct on (a.case_id, a.rule, a.started_on) a.*
                                       from alert_acknowledgement a
                                       join case_deadline d on d.case_id = a.case_id and d.rule = a.rule
                                                           and d.started_on = a.started_on
                                       where a.case_id = any(?)
                                       order by a.case_id, a.rule, a.started_on, a.id desc) latest
                        where review_on > ?""")
                .params(caseIds.toArray(String[]::new), today)
                .query((RowCallbackHandler) row -> inForce.computeIfAbsent(row.getString("case_id"),
                        caseId -> new HashMap<>()).put(row.getString("rule"), new Acknowledgement(
                                row.getLong("alert_id"), row.getString("case_id"), row.getString("rule"),
                                row.getObject("started_on", LocalDate.class), row.getString("justification"),
                                row.getObject("review_on", LocalDate.class), row.getString("acknowledged_by"),
                                row.getTimestamp("acknowledged_at").toInstant())));
        return inForce;
    }
}
