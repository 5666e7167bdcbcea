package uk.permanence.cases.publishing;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.cases.api.InvalidRequest;
import uk.permanence.cases.casefile.FieldError;

/**
 * Operations only: the gateway routes nothing outside {@code /api}, so this is reachable on the service's own port.
 * {@code ./permanence republish --from N} calls it.
 */
@RestController
class RepublishController {

    private final Republisher republisher;
    private final JdbcClient jdbc;

    RepublishController(Republisher republisher, JdbcClient jdbc) {
        this.republisher = republisher;
        this.jdbc = jdbc;
    }

    /** From 0 to the store's head: a position past the head would silence publishing until the store caught up. */
    @PostMapping("/admin/republish")
    Map<String, Object> republish(@RequestParam(defaultValue = "0") long fromGlobalIndex) {
        long head = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
        if (fromGlobalIndex < 0 || fromGlobalIndex > head + 1) {
            throw new InvalidRequest(List.of(new FieldError("fromGlobalIndex",
                    "must be between 0 and " + (head + 1) + ", the event store's next global index")));
        }
        republisher.republishFrom(fromGlobalIndex);
        return Map.of("republishingFromGlobalIndex", fromGlobalIndex);
    }
}
