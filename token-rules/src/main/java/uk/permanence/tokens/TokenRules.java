package uk.permanence.tokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What makes a token acceptable, the same at the gateway and in every service: Spring's default checks (expiry and
 * not-before, with the small default clock skew) plus our issuer and audience; and, for local runs and tests only,
 * the development HMAC key it must be signed with.
 */
public final class TokenRules {

    /** The claim holding the caller's one role, given to Spring Security as {@code ROLE_<role>}. */
    public static final String ROLE_CLAIM = "role";

    private TokenRules() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(audience));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator);
    }

    public static SecretKey developmentKey(String signingKey) {
        return new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
