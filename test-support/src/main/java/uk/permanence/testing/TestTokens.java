package uk.permanence.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tokens for tests of the gateway and of each service, signed RS256 as the identity service signs them, by a key
 * made for this test JVM and published as a JWK set on a loopback port of its own ({@link #jwkSetUri()}), so that
 * the code under test fetches and verifies keys exactly as it does against the identity service.
 */
public final class TestTokens {

    public static final String ISSUER = "http://permanence-tests.invalid";
    public static final String AUDIENCE = "permanence-api";
    /** The HMAC key that signed every token before the identity service; nothing may accept it any more. */
    public static final String RETIRED_DEVELOPMENT_KEY = "test-signing-key-that-is-only-for-tests-0123456789";

    /** How long the tokens made here live: the longest the platform accepts. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final List<RSAKey> PUBLISHED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger JWK_SET_REQUESTS = new AtomicInteger();
    private static volatile RSAKey signing = rotateKey();
    private static final String JWK_SET_URI = publish();

    private TestTokens() {
    }

    /** Where the test keys are published, for {@code permanence.security.jwk-set-uri}. */
    public static String jwkSetUri() {
        return JWK_SET_URI;
    }

    /** How many times the JWK set was fetched in this JVM. */
    public static int jwkSetRequests() {
        return JWK_SET_REQUESTS.get();
    }

    /** A new signing key, published at once next to the old ones (which still verify what they signed). */
    public static synchronized RSAKey rotateKey() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            PUBLISHED.add(key);
            signing = key;
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String token(String laCode, String role) {
        return token(ISSUER, AUDIENCE, Instant.now().plus(LIFETIME), laCode, role);
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

    public static String token(String issuer, String audience, Instant expiresAt, String laCode, String role) {
        return sign(claims(laCode, role).issuer(issuer).audience(audience)
                .issueTime(Date.from(expiresAt.minus(LIFETIME))).expirationTime(Date.from(expiresAt)).build());
    }

    /** Signs the claims with the current test key. */
    public static String sign(JWTClaimsSet claims) {
        return sign(signing, claims);
    }

    /** Signs the claims with a fresh RSA key that is published nowhere, under the test key's id, as a forger would. */
    public static String signWithUnpublishedKey(JWTClaimsSet claims) {
        return signWithUnpublishedKey(claims, signing.getKeyID());
    }

    /** Signs the claims with a fresh RSA key that is published nowhere, under a trusted key's id. */
    public static String signWithUnpublishedKey(JWTClaimsSet claims, String keyId) {
        try {
            return sign(new RSAKeyGenerator(2048).keyID(keyId).generate(), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as {@code ./permanence token} signed them with the shared development key before it was retired. */
    public static String signedWithRetiredDevelopmentKey(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(RETIRED_DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publish() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                JWK_SET_REQUESTS.incrementAndGet();
                byte[] body = new JWKSet(PUBLISHED.stream().map(RSAKey::toPublicJWK)
                        .map(com.nimbusds.jose.jwk.JWK.class::cast).toList())
                        .toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
