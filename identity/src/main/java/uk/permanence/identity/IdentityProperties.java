package uk.permanence.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The identity service's settings ({@code permanence.identity} in application.yml). */
@ConfigurationProperties("permanence.identity")
public record IdentityProperties(String issuer, String audience, Duration accessTokenLifetime, Keys keys,
                                 Lockout lockout, Web web, CommandLine commandLine) {

    /**
     * A new signing key is made once the newest is {@code rotationAge} old; it is published {@code activationDelay}
     * before it signs anything, so that every resource server's cached JWK set knows it first. Private keys are stored
     * sealed under {@code encryptionKey} (from the environment, {@code PERMANENCE_IDENTITY_KEYS_ENCRYPTION_KEY}).
     */
    public record Keys(Duration rotationAge, Duration activationDelay, String encryptionKey) {
    }

    /** After {@code maxFailures} wrong passwords in a row an account is locked for {@code duration}. */
    public record Lockout(int maxFailures, Duration duration) {
    }

    /**
     * The web app's client ({@code web}): its secret comes from the environment
     * ({@code PERMANENCE_IDENTITY_WEB_CLIENT_SECRET}); without one a secret is generated at first start and logged once.
     */
    public record Web(String clientSecret, List<String> redirectUris, List<String> postLogoutRedirectUris,
                      Duration refreshTokenLifetime) {
    }

    /**
     * The command-line client ({@code permanence-cli}, used by {@code ./permanence token}): a public client, so the
     * person's own password and PKCE are what protect it; it never listens on {@code redirectUri}, it only reads
     * the authorization code from the redirect.
     */
    public record CommandLine(String redirectUri) {
    }
}
