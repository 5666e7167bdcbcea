package uk.permanence.tracking.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.journey.AgreedAction;

/**
 * The actions still open on a day, each case's by due date: an action not done stays on every agenda, overdue once
 * its due date has passed, until it is done or dropped.
 */
@Component
public class OpenActions {

    private final JdbcClient jdbc;

    OpenActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By case id, these cases' open actions, earliest due first. */
    public Map<String, List<OpenAction>> of(List<String> caseIds, LocalDate today) {
        return jdbc.sql("select * from case_action where case_id = any(?) and status = 'OPEN' "
                        + "order by case_id, due_on, action_id")
                .param(caseIds.toArray(String[]::new))
                .query((row, n) -> {
                    AgreedAction action = new AgreedAction(row.getLong("action_id"), row.getString("what"),
                            row.getString("owner"), row.getObject("agreed_on", LocalDate.class),
                            row.getObject("due_on", LocalDate.class), AgreedAction.Status.OPEN, null, null);
                    return Map.entry(row.getString("case_id"), new OpenAction(action.actionId(), action.what(),
                            action.owner(), action.agreedOn(), action.dueOn(), action.overdueOn(today)));
                })
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
