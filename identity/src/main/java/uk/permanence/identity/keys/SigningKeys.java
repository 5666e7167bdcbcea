package uk.permanence.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RS256 keys that sign access tokens, kept in PostgreSQL (each private key sealed by the {@link KeyVault}) so
 * that every instance signs with the same key and publishes the same set. {@link #rotate} makes a new key when the newest is old enough (under an advisory lock, so
 * that two instances never both do) and deletes a key once no token it signed can still be valid. The JWK set
 * published (this {@link JWKSource}) holds the next key before it signs, the signing key, and each older key until
 * its tokens have expired.
 */
public class SigningKeys implements JWKSource<SecurityContext> {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final KeyPolicy policy;
    private final KeyVault vault;
    /** Newest activation first, as last read from the database. */
    private volatile List<StoredKey> keys = List.of();

    public SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, KeyPolicy policy,
                       KeyVault vault) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
        this.vault = vault;
    }

    record StoredKey(RSAKey jwk, Instant activatesAt) {
    }

    /** Makes a new key if one is due, deletes those no longer needed, and reads the keys again. */
    public void rotate() {
        keys = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('identity.signing_key'))").query(row -> { });
            // as PostgreSQL keeps it, so that a key made now is active now
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<StoredKey> stored = load();
            if (stored.isEmpty() || !stored.get(0).activatesAt().plus(policy.rotationAge()).isAfter(now)) {
                StoredKey next = new StoredKey(generate(), stored.isEmpty() ? now : now.plus(policy.activationDelay()));
                jdbc.sql("insert into signing_key (kid, jwk, created_at, activates_at) values (?, ?, ?, ?)")
                        .params(next.jwk().getKeyID(), vault.seal(next.jwk().getKeyID(), next.jwk().toJSONString()),
                                Timestamp.from(now), Timestamp.from(next.activatesAt()))
                        .update();
                stored.add(0, next);
            }
            List<StoredKey> kept = published(stored, now);
            jdbc.sql("delete from signing_key where not (kid = any (?))")
                    .param(kept.stream().map(key -> key.jwk().getKeyID()).toArray(String[]::new))
                    .update();
            return List.copyOf(kept);
        });
    }

    /** The key that signs now: the newest whose activation has come. */
    public RSAKey signingKey() {
        Instant now = clock.instant();
        return current().stream().filter(key -> !key.activatesAt().isAfter(now)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no signing key is active")).jwk();
    }

    /** The keys published now, with their private parts (the JWK set endpoint serves only the public ones). */
    public JWKSet published() {
        return new JWKSet(published(current(), clock.instant()).stream().<JWK>map(StoredKey::jwk).toList());
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(published());
    }

    /** The signing key among those a JWT encoder found for RS256. */
    public JWK signingKeyAmong(List<JWK> candidates) {
        String kid = signingKey().getKeyID();
        return candidates.stream().filter(candidate -> kid.equals(candidate.getKeyID())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the signing key " + kid + " is not published"));
    }

    private List<StoredKey> current() {
        if (keys.isEmpty()) {
            rotate();
        }
        return keys;
    }

    /** Upcoming keys, the signing key, and older keys whose successor began signing less than a retention ago. */
    private List<StoredKey> published(List<StoredKey> newestFirst, Instant now) {
        List<StoredKey> kept = new ArrayList<>();
        Instant successorActivated = null;
        for (StoredKey key : newestFirst) {
            if (key.activatesAt().isAfter(now)) {
                kept.add(key);
                continue;
            }
            if (successorActivated == null || successorActivated.plus(policy.retention()).isAfter(now)) {
                kept.add(key);
            }
            successorActivated = key.activatesAt();
        }
        return kept;
    }

    private List<StoredKey> load() {
        return new ArrayList<>(jdbc.sql("select kid, jwk, activates_at from signing_key order by activates_at desc")
                .query((row, n) -> new StoredKey(parse(vault.open(row.getString("kid"), row.getString("jwk"))),
                        row.getTimestamp("activates_at").toInstant()))
                .list());
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key cannot be read", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a signing key", e);
        }
    }
}
