package uk.permanence.webapp.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.http.HttpClient;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the components' health, readiness and event metrics from their actuator endpoints, which every service
 * serves without a token on its own port and nowhere else. Each read has a short timeout; a component that does
 * not answer is "not reachable", a metric it has not registered is unknown (null).
 */
@Component
class PlatformStatus {

    static final String NOT_REACHABLE = "NOT_REACHABLE";

    private final StatusProperties components;
    private final RestClient rest;

    PlatformStatus(StatusProperties components) {
        this.components = components;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(components.timeout()).build());
        requests.setReadTimeout(components.timeout());
        this.rest = RestClient.builder().requestFactory(requests)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE).build();
    }

    /** A component's liveness ({@code /actuator/health}) and readiness (its database, consumer or publisher). */
    record Health(String component, String health, String readiness) {
    }

    /** A case-events consumer: events waiting on the topic, how long the oldest has waited, held and failed ones. */
    record Consumer(String component, Double backlog, Double oldestWaitingSeconds, Double held, Double failed) {
    }

    /** case-service's publisher to Kafka: ready or not, events stored and not yet published, indexes waited for. */
    record Publisher(String readiness, Double lagEvents, Double gaps) {
    }

    record Status(List<Health> components, List<Consumer> consumers, Publisher publisher) {
    }

    Status read() {
        List<Health> health = List.of(health("Gateway", components.gateway()),
                health("Identity service", components.identity()),
                health("case-service", components.caseService()),
                health("tracking-service", components.trackingService()),
                health("reporting-service", components.reportingService()));
        List<Consumer> consumers = List.of(consumer("tracking-service", components.trackingService()),
                consumer("reporting-service", components.reportingService()));
        Publisher publisher = new Publisher(health.get(2).readiness(),
                metric(components.caseService(), "case_events_publish_lag_events"),
                metric(components.caseService(), "case_events_publisher_gaps"));
        return new Status(health, consumers, publisher);
    }

    private Health health(String name, String url) {
        return new Health(name, state(url + "/actuator/health"), state(url + "/actuator/health/readiness"));
    }

    private Consumer consumer(String name, String url) {
        return new Consumer(name, metric(url, "case_events_backlog"),
                metric(url, "case_events_oldest_unprocessed_seconds"), metric(url, "case_events_held"),
                metric(url, "case_events_failed"));
    }

    /** A health endpoint answers 503 with its state when it is down: the state is read whatever the status. */
    private String state(String url) {
        try {
            State state = rest.get().uri(url).exchange((request, response) -> response.bodyTo(State.class));
            return state == null || state.status() == null ? NOT_REACHABLE : state.status();
        } catch (RestClientException e) {
            return NOT_REACHABLE;
        }
    }

    /** A gauge's value, summed over its tags (a backlog's partitions); null when not reachable or not registered. */
    private Double metric(String url, String name) {
        try {
            Metric metric = rest.get().uri(url + "/actuator/metrics/{name}", name).exchange((request, response) ->
                    response.getStatusCode().is2xxSuccessful() ? response.bodyTo(Metric.class) : null);
            return metric == null ? null : metric.measurements().stream()
                    .filter(measurement -> "VALUE".equals(measurement.statistic()))
                    .map(Measurement::value).findFirst().orElse(null);
        } catch (RestClientException e) {
            return null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record State(String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Metric(List<Measurement> measurements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Measurement(String statistic, Double value) {
    }
}
