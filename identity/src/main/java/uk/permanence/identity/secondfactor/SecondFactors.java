package uk.permanence.identity.secondfactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import uk.permanence.identity.keys.KeyVault;
import uk.permanence.identity.people.People;

/**
 * Each person's TOTP secret: made at enrolment (160 random bits, shown once in Base32 and as an otpauth:// URI),
 * kept sealed by the {@link KeyVault}, confirmed by the first code it accepts. A wrong code counts towards the
 * lockout as a wrong password does; a right one completes the sign-in and clears the count.
 */
@Service
public class SecondFactors {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 20;
    private static final Base32 BASE32 = new Base32();

    private final JdbcClient jdbc;
    private final KeyVault vault;
    private final People people;
    private final Clock clock;
    private final String issuerName;

    public SecondFactors(JdbcClient jdbc, KeyVault vault, People people, Clock clock,
                         SecondFactorProperties properties) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.people = people;
        this.clock = clock;
        this.issuerName = properties.issuerName();
    }

    /** What an authenticator app needs: the secret in Base32, and the same as an otpauth:// URI (for a QR code). */
    public record Enrolment(String secret, String uri) {
    }

    private record Stored(String base32Secret, boolean enrolled, long lastUsedStep) {
    }

    public boolean isEnrolled(String username) {
        return stored(username).map(Stored::enrolled).orElse(false);
    }

    /** Which of these people have confirmed a second factor (one query for a page of them; no secret opened). */
    public Set<String> enrolledAmong(List<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select username from second_factor where enrolled_at is not null "
                        + "and username = any(?)")
                .param(usernames.toArray(String[]::new)).query(String.class).list());
    }

    /**
     * The secret waiting for its first code, made now if there is none; empty once enrolled (the secret is never
     * shown again).
     */
    public Optional<Enrolment> enrolment(String username) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        jdbc.sql("""
                        insert into second_factor (username, secret, created_at) values (?, ?, ?)
                        on conflict (username) do nothing""")
                .params(username, vault.seal(owner(username), BASE32.encodeAsString(secret)),
                        Timestamp.from(clock.instant()))
                .update();
        return stored(username).filter(stored -> !stored.enrolled())
                .map(stored -> new Enrolment(stored.base32Secret(), uri(username, stored.base32Secret())));
    }

    /**
     * Accepts a code (the first one also confirms the enrolment), or refuses it: a locked account even with the right
     * code, a wrong or reused code counted towards the lockout.
     */
    public void verify(String username, String code) {
        if (people.isLocked(username)) {
            throw new LockedException("The account is locked");
        }
        Stored stored = stored(username).orElseThrow(() -> new BadCredentialsException("No second factor to check"));
        OptionalLong step = Totp.matchingStep(BASE32.decode(stored.base32Secret()), code, clock.instant(),
                stored.lastUsedStep());
        // the step is checked again as it is written, so that the same code sent twice at once is accepted once
        if (step.isEmpty() || jdbc.sql("""
                        update second_factor set last_used_step = :step, enrolled_at = coalesce(enrolled_at, :now)
                        where username = :username and coalesce(last_used_step, -1) < :step""")
                .param("step", step.getAsLong())
                .param("now", Timestamp.from(clock.instant()))
                .param("username", username)
                .update() == 0) {
            people.recordFailure(username);
            throw new BadCredentialsException("Wrong or already used code");
        }
        people.recordSuccess(username);
    }

    /** Forgets the person's secret, so that they enrol again at their next sign-in; false if there was none. */
    public boolean reset(String username) {
        return jdbc.sql("delete from second_factor where username = ?").param(username).update() == 1;
    }

    private Optional<Stored> stored(String username) {
        return jdbc.sql("select secret, enrolled_at, last_used_step from second_factor where username = ?")
                .param(username)
                .query((row, n) -> {
                    long lastUsedStep = row.getLong("last_used_step");
                    boolean neverUsed = row.wasNull();
                    return new Stored(vault.open(owner(username), row.getString("secret")),
                            row.getTimestamp("enrolled_at") != null, neverUsed ? -1 : lastUsedStep);
                })
                .optional();
    }

    private static String owner(String username) {
        return "second-factor:" + username;
    }

    private String uri(String username, String base32Secret) {
        String issuer = encode(issuerName);
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + base32Secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
