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

    public static String token(String laCode, String role) {
        return token(SIGNING_KEY, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), laCode, role);
    }

    /** A council user's token with its own subject, so that several clients have several rate-limit buckets. */
    public static String tokenFor(String subject, String laCode, String role) {
        return sign(SIGNING_KEY, new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
                .claim("la", List.of(laCode))
                .claim("role", role)
                .build());
    }

    /** A token whose tenant is an RAA ({@code "raa"}) or a VAA ({@code "vaa"}) instead of councils. */
    public static String tokenOf(String tenantClaim, String tenantId, String role) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(role + "@" + tenantId)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
                .claim(tenantClaim, tenantId)
                .claim("role", role)
                .build();
        return sign(SIGNING_KEY, claims);
    }

    public static String token(String signingKey, String issuer, String audience, Instant expiresAt, String laCode,
                               String role) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(role + "@" + laCode)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
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
