package uk.permanence.identity.administration;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import uk.permanence.access.RoleTable;
import uk.permanence.identity.clients.Clients;
import uk.permanence.identity.people.People;
import uk.permanence.identity.tokens.Tenancy;

/**
 * The first platform admin, made at the first start so that someone can create the councils' admins: its password
 * comes from {@code PERMANENCE_IDENTITY_PLATFORM_ADMIN_PASSWORD}, or is generated and logged that once.
 */
@Component
class PlatformAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdmin.class);

    private final People people;
    private final String username;
    private final String password;

    PlatformAdmin(People people, @Value("${permanence.identity.platform-admin.username}") String username,
                  @Value("${permanence.identity.platform-admin.password}") String password) {
        this.people = people;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? Clients.newSecret() : password;
        if (people.create(username, chosen, new Tenancy(RoleTable.ADMIN, List.of(), null, null), false)
                && generated) {
            log.warn("The platform admin {} was created with a generated password (shown this once; set "
                    + "PERMANENCE_IDENTITY_PLATFORM_ADMIN_PASSWORD to choose it): {}", username, chosen);
        }
    }
}
