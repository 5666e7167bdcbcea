package uk.permanence.identity.secondfactor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether people must give a TOTP code unless their council chose otherwise, and the name authenticator apps show
 * ({@code permanence.identity.second-factor} in application.yml).
 */
@ConfigurationProperties("permanence.identity.second-factor")
public record SecondFactorProperties(boolean requiredByDefault, String issuerName) {
}
