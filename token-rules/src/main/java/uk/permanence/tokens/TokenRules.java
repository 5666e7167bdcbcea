package uk.permanence.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What makes a token acceptable, the same at the gateway and in every service: signed {@link #ALGORITHM RS256} by a
 * key the identity service publishes in its JWK set ({@code permanence.security.jwk-set-uri}), Spring's default
 * checks (expiry and not-before, with the small default clock skew), our issuer and audience, and
 * {@link #claimRules the claims every token must carry}. Nothing else is trusted: the development HMAC key that
 * once signed local tokens is refused like any forgery.
 */
public final class TokenRules {

    /** The claim holding the caller's one role, given to Spring Security as {@code ROLE_<role>}. */
    public static final String ROLE_CLAIM = "role";
    /** The only signature accepted, as the identity service signs. */
    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;
    /** The property giving the longest a token may live ({@code exp - iat}). */
    public static final String MAX_LIFETIME_PROPERTY = "permanence.security.max-token-lifetime";
    /** How far ahead of our clock an issuer's may be, as Spring allows for {@code exp} and {@code nbf}. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private TokenRules() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration maxLifetime) {
        OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(audience));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator,
                claimRules(maxLifetime, Clock.systemUTC()));
    }

    /**
     * A token names its user ({@code sub}), says when it was issued ({@code iat}, not in the future beyond the clock
     * skew) and when it expires ({@code exp}), and lives no longer than {@code maxLifetime}: without these a stolen
     * token would work for ever, or a call would be audited as nobody's.
     */
    public static OAuth2TokenValidator<Jwt> claimRules(Duration maxLifetime, Clock clock) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, sub -> sub instanceof String s && !s.isBlank()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Instant>(JwtClaimNames.IAT, Objects::nonNull),
                jwt -> lifetime(jwt, maxLifetime, clock));
    }

    private static OAuth2TokenValidatorResult lifetime(Jwt jwt, Duration maxLifetime, Clock clock) {
        Instant issued = jwt.getIssuedAt();
        Instant expires = jwt.getExpiresAt();
        if (issued == null || expires == null) {
            return OAuth2TokenValidatorResult.success();
        }
        if (issued.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return invalid("The iat claim is in the future");
        }
        if (Duration.between(issued, expires).compareTo(maxLifetime) > 0) {
            return invalid("The token lives longer than " + maxLifetime + " (exp - iat)");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }

}
