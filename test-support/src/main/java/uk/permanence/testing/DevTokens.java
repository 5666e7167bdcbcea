package uk.permanence.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Signs development tokens as {@code ./permanence token} does, for tests that go through the gateway. */
public final class DevTokens {

    public static final String SIGNING_KEY = "test-signing-key-that-is-only-for-tests-0123456789";
    public static final String ISSUER = "permanence-local";
    public static final String AUDIENCE = "permanence-api";

    private DevTokens() {
    }

    /** How long the tokens made here live: the longest the platform accepts. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    public static String token(String laCode, String role) {
        return token(SIGNING_KEY, ISSUER, AUDIENCE, Instant.now().plus(LIFETIME), laCode, role);
    }

    /** A council user's token with its own subject, so that several clients have several rate-limit buckets. */
    public static String tokenFor(String subject, String laCode, String role) {
        return sign(claims(laCode, role).subject(subject).build());
    }

    /** A token whose tenant is an RAA ({@code "raa"}) or a VAA ({@code "vaa"}) instead of councils. */
    public static String tokenOf(String tenantClaim, String tenantId, String role) {
        return sign(claims(null, role).subject(role + "@" + tenantId).claim(tenantClaim, tenantId).build());
    }

    /**
     * The claims of a valid token of a council user, issued now, for a test that changes one of them (or of a user
     * with no tenant, when {@code laCode} is null).
     */
    public static JWTClaimsSet.Builder claims(String laCode, String role) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(role + "@" + laCode)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("role", role);
        return laCode == null ? claims : claims.claim("la", List.of(laCode));
    }

    /** Signs the claims with the test key. */
    public static String sign(JWTClaimsSet claims) {
        return sign(SIGNING_KEY, claims);
    }

    public static String token(String signingKey, String issuer, String audience, Instant expiresAt, String laCode,
                               String role) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(role + "@" + laCode)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(expiresAt.minus(LIFETIME)))
                .expirationTime(Date.from(expiresAt))
                .claim("la", List.of(laCode))
                .claim("role", role)
                .build();
        return sign(signingKey, claims);
    }

    private static String sign(String signingKey, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(signingKey.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
