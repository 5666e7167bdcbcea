package uk.permanence.events.consumer;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on the service's own port, never routed by the gateway: pause the case-events consumer (for
 * maintenance, or to rehearse the lag alert) and resume it; list the events a projection failed on and retry them
 * once the cause is fixed. Nothing is lost while paused; events wait on the topic.
 */
@RestController
@RequestMapping("/admin/case-events")
public class CaseEventConsumerControl {

    private final KafkaListenerEndpointRegistry registry;
    private final CaseEventSequencer sequencer;
    private final FailedCaseEvents failures;

    public CaseEventConsumerControl(KafkaListenerEndpointRegistry registry, CaseEventSequencer sequencer,
                                    FailedCaseEvents failures) {
        this.registry = registry;
        this.sequencer = sequencer;
        this.failures = failures;
    }

    @PostMapping("/pause")
    ResponseEntity<Void> pause() {
        container().pause();
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/resume")
    ResponseEntity<Void> resume() {
        container().resume();
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/failed")
    List<FailedCaseEvents.FailedCaseEvent> failed(@RequestParam(required = false) String caseId) {
        return failures.list(caseId);
    }

    /** Answers how many retried events were applied, and how many failed again. */
    @PostMapping("/retry")
    Map<String, Long> retry(@RequestParam(required = false) String caseId) {
        return sequencer.retryFailed(caseId);
    }

    private MessageListenerContainer container() {
        return registry.getListenerContainer(CaseEventListener.ID);
    }
}
