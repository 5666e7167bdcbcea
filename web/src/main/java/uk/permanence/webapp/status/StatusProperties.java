package uk.permanence.webapp.status;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ops page reads each component's health and metrics: its own management port (the gateway routes no
 * {@code /actuator} path), reachable from the web app's host or network only. {@code timeout} bounds each read, so
 * that a component that hangs makes the page slow by that much and no more.
 */
@ConfigurationProperties("permanence.web.status")
public record StatusProperties(String gateway, String identity, String caseService, String trackingService,
                               String reportingService, Duration timeout) {
}
