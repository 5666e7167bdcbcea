package uk.permanence.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.identity.IdentityTest;
import uk.permanence.testing.MutableClock;
import uk.permanence.testing.TestPostgres;

/**
 * Keys rotate without a valid token ever failing: each test has a database of its own and a clock it moves, as
 * the service's scheduled check would find it days later.
 */
class KeyRotationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Duration ROTATION_AGE = Duration.ofDays(7);
    private static final Duration ACTIVATION_DELAY = Duration.ofMinutes(10);
    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final KeyPolicy POLICY = new KeyPolicy(ROTATION_AGE, ACTIVATION_DELAY, LIFETIME);

    private final MutableClock clock = new MutableClock(Instant.now());
    private DataSource database;
    private SigningKeys keys;

    @BeforeEach
    void freshDatabase() {
        database = TestPostgres.dataSource("identity_keys_" + DATABASES.incrementAndGet());
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        keys = instance();
    }

    private SigningKeys instance() {
        return instance(IdentityTest.KEY_ENCRYPTION_KEY);
    }

    private SigningKeys instance(String keyEncryptionKey) {
        return new SigningKeys(JdbcClient.create(database),
                new TransactionTemplate(new JdbcTransactionManager(database)), clock, POLICY,
                new KeyVault(keyEncryptionKey));
    }

    @Test
    void aTokenSignedBeforeARotationStillVerifiesAgainstThePublishedSetAfterIt() {
        keys.rotate();
        String first = keys.signingKey().getKeyID();
        String before = sign();

        clock.move(ROTATION_AGE);
        keys.rotate();
        String next = keys.published().getKeys().get(0).getKeyID();
        assertThat(next).isNotEqualTo(first);
        assertThat(keys.signingKey().getKeyID()).as("the next key is published before it signs").isEqualTo(first);
        clock.move(ACTIVATION_DELAY);
        keys.rotate();
        String after = sign();

        assertThat(keys.signingKey().getKeyID()).isEqualTo(next);
        assertThat(kid(after)).isEqualTo(next);
        assertThat(verifiedKid(before)).isEqualTo(first);
        assertThat(verifiedKid(after)).isEqualTo(next);
        assertThat(keys.published().getKeys()).extracting(JWK::getKeyID).containsExactly(next, first);
    }

    @Test
    void anOldKeyIsDroppedOnceNoTokenItSignedCanStillBeValid() {
        keys.rotate();
        Instant created = clock.instant();
        String first = keys.signingKey().getKeyID();
        clock.move(ROTATION_AGE);
        keys.rotate();
        clock.move(ACTIVATION_DELAY);
        keys.rotate();

        clock.move(LIFETIME.plus(KeyPolicy.CLOCK_SKEW).minusSeconds(1));
        keys.rotate();
        assertThat(keys.published().getKeys()).extracting(JWK::getKeyID).contains(first);
        clock.move(Duration.ofSeconds(2));
        keys.rotate();

        assertThat(Duration.between(created, clock.instant()))
                .isGreaterThan(LIFETIME.plus(ROTATION_AGE));
        assertThat(keys.published().getKeys()).extracting(JWK::getKeyID).doesNotContain(first).hasSize(1);
        assertThat(JdbcClient.create(database).sql("select kid from signing_key").query(String.class).list())
                .as("the private key is deleted too").doesNotContain(first);
    }

    @Test
    void aTokenOfADroppedKeyNoLongerVerifies() {
        keys.rotate();
        String old = sign();
        clock.move(ROTATION_AGE);
        keys.rotate();
        clock.move(ACTIVATION_DELAY);
        keys.rotate();
        clock.move(LIFETIME.plus(KeyPolicy.CLOCK_SKEW).plusSeconds(1));
        keys.rotate();

        assertThatThrownBy(() -> verifiedKid(old)).isInstanceOf(JwtException.class);
    }

    @Test
    void anotherInstanceSignsWithTheSameKeyAndMakesNoSecond() {
        keys.rotate();
        SigningKeys other = instance();
        other.rotate();

        assertThat(other.signingKey().getKeyID()).isEqualTo(keys.signingKey().getKeyID());
        assertThat(JdbcClient.create(database).sql("select count(*) from signing_key").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void privateKeysAreStoredSealedAndOnlyTheirKeyEncryptionKeyOpensThem() {
        keys.rotate();
        String stored = JdbcClient.create(database).sql("select jwk from signing_key").query(String.class).single();

        assertThat(stored).doesNotContain("\"d\"", "\"n\"", keys.signingKey().getModulus().toString());
        assertThatThrownBy(() -> instance("b3RoZXIta2V5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=").signingKey())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another key-encryption key");
        for (String notAKey : new String[] {"", "not base64!", "c2hvcnQ="}) {
            assertThatThrownBy(() -> instance(notAKey)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PERMANENCE_IDENTITY_KEYS_ENCRYPTION_KEY");
        }
    }

    /** Signs as the service does: the encoder finds every RS256 key and the signing one is chosen. */
    private String sign() {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector(keys::signingKeyAmong);
        Instant now = Instant.now();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().subject("someone").issuedAt(now).expiresAt(now.plus(LIFETIME)).build()))
                .getTokenValue();
    }

    /** Verifies as a resource server does, against only the public keys published now. */
    private String verifiedKid(String token) {
        return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.published().toPublicJWKSet())).build()
                .decode(token).getHeaders().get("kid").toString();
    }

    private static String kid(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
