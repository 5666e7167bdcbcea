package uk.permanence.identity.secondfactor;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.RequiredAuthoritiesRepository;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;
import uk.permanence.identity.people.People;
import uk.permanence.identity.people.People.Person;
import uk.permanence.identity.tokens.Tenancy;

/**
 * Who must give a TOTP code after the password: a council's users as their council chose (a person of several
 * councils if any of them requires it), everyone else (RAA staff, VAA workers, platform admins) and the users of a
 * council that chose nothing as {@code required-by-default} says. As Spring Security's
 * {@link RequiredAuthoritiesRepository}: the factors a person's sign-in must hold, none for anyone else (a client).
 */
@Component
public class SecondFactorRequirement implements RequiredAuthoritiesRepository {

    /** The authority a sign-in holds once its TOTP code was accepted. */
    public static final String TOTP_AUTHORITY = FactorGrantedAuthority.withFactor("TOTP").build().getAuthority();

    private final JdbcClient jdbc;
    private final People people;
    private final boolean requiredByDefault;

    public SecondFactorRequirement(JdbcClient jdbc, People people, SecondFactorProperties properties) {
        this.jdbc = jdbc;
        this.people = people;
        this.requiredByDefault = properties.requiredByDefault();
    }

    @Override
    public List<String> findRequiredAuthorities(String username) {
        return isRequired(username)
                ? List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY, TOTP_AUTHORITY) : List.of();
    }

    /** Whether a person must give a code (a disabled account too: disabling never lowers what a sign-in needs). */
    public boolean isRequired(String username) {
        Optional<Tenancy> tenancy = people.find(username).map(Person::tenancy);
        if (tenancy.isEmpty()) {
            return false;
        }
        return tenancy.get().councils().isEmpty() ? requiredByDefault
                : tenancy.get().councils().stream().anyMatch(this::councilRequires);
    }

    /** What the council chose, or the default. */
    public boolean councilRequires(String council) {
        return jdbc.sql("select required from council_second_factor where council = ?").param(council)
                .query(Boolean.class).optional().orElse(requiredByDefault);
    }

    public void setCouncilRequires(String council, boolean required) {
        jdbc.sql("""
                        insert into council_second_factor (council, required) values (?, ?)
                        on conflict (council) do update set required = excluded.required""")
                .params(council, required)
                .update();
    }
}
