package uk.permanence.tracking.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.journey.AgreedAction;
import uk.permanence.journey.AgreedActions;

/** The actions agreed for each child ({@code case_action}), written afresh from the case's whole history. */
@Component
class ActionsProjection implements RecomputedProjection {

    private final JdbcClient jdbc;

    ActionsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("case_action");
    }

    @Override
    public void recompute(List<CaseHistory> histories) {
        jdbc.sql("delete from case_action where case_id = any(?)")
                .param(histories.stream().map(CaseHistory::caseId).toArray(String[]::new)).update();
        List<Map.Entry<String, AgreedAction>> rows = histories.stream()
                .flatMap(history -> AgreedActions.of(history.events()).stream()
                        .map(action -> Map.entry(history.caseId(), action)))
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("insert into case_action (case_id, action_id, what, owner, agreed_on, due_on, status, closed_on, "
                        + "drop_reason) select * from unnest(cast(? as varchar[]), cast(? as bigint[]), "
                        + "cast(? as varchar[]), cast(? as varchar[]), cast(? as date[]), cast(? as date[]), "
                        + "cast(? as varchar[]), cast(? as date[]), cast(? as varchar[]))")
                .params(rows.stream().map(Map.Entry::getKey).toArray(String[]::new),
                        rows.stream().map(row -> row.getValue().actionId()).toArray(Long[]::new),
                        rows.stream().map(row -> row.getValue().what()).toArray(String[]::new),
                        rows.stream().map(row -> row.getValue().owner()).toArray(String[]::new),
                        rows.stream().map(row -> iso(row.getValue().agreedOn())).toArray(String[]::new),
                        rows.stream().map(row -> iso(row.getValue().dueOn())).toArray(String[]::new),
                        rows.stream().map(row -> row.getValue().status().name()).toArray(String[]::new),
                        rows.stream().map(row -> iso(row.getValue().closedOn())).toArray(String[]::new),
                        rows.stream().map(row -> row.getValue().dropReason()).toArray(String[]::new))
                .update();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
