package uk.permanence.cases.publishing;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations only: the gateway routes nothing outside {@code /api}, so this is reachable on the service's own port.
 * {@code ./permanence republish --from N} calls it.
 */
@RestController
class RepublishController {

    private final Republisher republisher;

    RepublishController(Republisher republisher) {
        this.republisher = republisher;
    }

    @PostMapping("/admin/republish")
    Map<String, Object> republish(@RequestParam(defaultValue = "0") long fromGlobalIndex) {
        republisher.republishFrom(fromGlobalIndex);
        return Map.of("republishingFromGlobalIndex", fromGlobalIndex);
    }
}
