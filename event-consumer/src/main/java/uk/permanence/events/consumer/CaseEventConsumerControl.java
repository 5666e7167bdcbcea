package uk.permanence.events.consumer;

import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on the service's own port, never routed by the gateway: pause the case-events consumer (for
 * maintenance, or to rehearse the lag alert) and resume it. Nothing is lost while paused; events wait on the topic.
 */
@RestController
@RequestMapping("/admin/case-events")
public class CaseEventConsumerControl {

    private final KafkaListenerEndpointRegistry registry;

    public CaseEventConsumerControl(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
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

    private MessageListenerContainer container() {
        return registry.getListenerContainer(CaseEventListener.ID);
    }
}
