package uk.permanence.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the web app finds the platform. {@code publicUrl} is the gateway's address as browsers reach it, which is
 * also the identity service's issuer; {@code identityUrl} is the identity service's own port, for what the web app
 * asks it server to server (tokens, keys); {@code apiUrl} is the gateway, through which every API call goes.
 */
@ConfigurationProperties("permanence.web")
public record WebProperties(String publicUrl, String identityUrl, String apiUrl, String clientId,
                            String clientSecret, String govukFrontendVersion) {
}
