package uk.permanence.identity.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import uk.permanence.identity.IdentityProperties;
import uk.permanence.identity.tokens.Tenancy;

/**
 * The people who sign in ({@code users}): a password kept as an adaptive hash, a role and tenant, whether the
 * account is enabled, and the lockout after repeated wrong passwords.
 */
@Service
public class People {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final IdentityProperties.Lockout lockout;

    public People(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.lockout = properties.lockout();
    }

    /** A person as administration sees them; {@code locked}: locked out now by wrong passwords or codes. */
    public record Person(String username, Tenancy tenancy, boolean enabled, boolean administers, boolean locked) {
    }

    /** Creates an account; false if the username is taken. */
    public boolean create(String username, String password, Tenancy tenancy, boolean administers) {
        return jdbc.sql("""
                        insert into users (username, password_hash, role, councils, raa, vaa, administers)
                        values (:username, :hash, :role, :councils, :raa, :vaa, :administers)
                        on conflict (username) do nothing""")
                .param("username", username)
                .param("hash", passwords.encode(password))
                .param("role", tenancy.role())
                .param("councils", tenancy.councils().toArray(String[]::new))
                .param("raa", tenancy.raa())
                .param("vaa", tenancy.vaa())
                .param("administers", administers)
                .update() == 1;
    }

    public Optional<Person> find(String username) {
        return jdbc.sql("select * from users where username = ?").param(username)
                .query((row, n) -> person(row, clock.instant())).optional();
    }

    public List<Person> all() {
        Instant now = clock.instant();
        return jdbc.sql("select * from users order by username").query((row, n) -> person(row, now)).list();
    }

    private static Person person(ResultSet row, Instant now) throws SQLException {
        return new Person(row.getString("username"), new Tenancy(row.getString("role"),
                codes(row.getArray("councils")), row.getString("raa"), row.getString("vaa")),
                row.getBoolean("enabled"), row.getBoolean("administers"), lockedAt(row, now));
    }

    public void change(String username, String role, boolean enabled) {
        jdbc.sql("update users set role = ?, enabled = ? where username = ?").params(role, enabled, username).update();
    }

    /** The account as Spring Security checks a password against it (locked while {@code locked_until} is ahead). */
    UserDetails account(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select username, password_hash, role, enabled, locked_until from users where username = ?")
                .param(username)
                .query((row, n) -> User.withUsername(row.getString("username"))
                        .password(row.getString("password_hash"))
                        .authorities(new SimpleGrantedAuthority("ROLE_" + row.getString("role")))
                        .disabled(!row.getBoolean("enabled"))
                        .accountLocked(lockedAt(row, now))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    private static boolean lockedAt(ResultSet row, Instant now) throws SQLException {
        Timestamp lockedUntil = row.getTimestamp("locked_until");
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Whether the account is locked out now. */
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from users where username = ?").param(username)
                .query((row, n) -> lockedAt(row, now)).optional().orElse(false);
    }

    /**
     * A wrong password or second-factor code: the last one allowed locks the account and starts the count again.
     */
    public void recordFailure(String username) {
        jdbc.sql("""
                        update users set
                            locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
                            failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
                        where username = :username""")
                .param("max", lockout.maxFailures())
                .param("until", Timestamp.from(clock.instant().plus(lockout.duration())))
                .param("username", username)
                .update();
    }

    /** A complete sign-in (password, and the code when one is asked for), or an admin's unlock: the count restarts. */
    public void recordSuccess(String username) {
        jdbc.sql("""
                        update users set failed_attempts = 0, locked_until = null
                        where username = ? and (failed_attempts <> 0 or locked_until is not null)""")
                .param(username)
                .update();
    }
}
