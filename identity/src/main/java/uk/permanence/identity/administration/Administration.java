package uk.permanence.identity.administration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.permanence.identity.clients.Clients;
import uk.permanence.identity.clients.Clients.IssuedCredentials;
import uk.permanence.identity.people.People;
import uk.permanence.identity.people.People.Person;
import uk.permanence.identity.tokens.Tenancy;

/**
 * What admins do: create people (with a first password shown once), disable them or change their role, and
 * register VAA systems; each change is checked against the admin's reach and audited with it, or nothing changes.
 */
@Service
class Administration {

    private static final String USERNAME = "[A-Za-z0-9._@-]{3,100}";

    private final People people;
    private final Clients clients;
    private final AuditTrail audit;

    Administration(People people, Clients clients, AuditTrail audit) {
        this.people = people;
        this.clients = clients;
        this.audit = audit;
    }

    public record NewUser(String username, String role, List<String> councils, String raa, String vaa,
                          Boolean administers) {

        boolean makesAnAdmin() {
            return Boolean.TRUE.equals(administers);
        }
    }

    public record CreatedUser(String username, String firstPassword) {
    }

    public record UserChange(String role, Boolean enabled) {
    }

    public record UserView(String username, String role, List<String> councils, String raa, String vaa,
                           boolean enabled, boolean administers) {

        static UserView of(Person person) {
            Tenancy tenancy = person.tenancy();
            return new UserView(person.username(), tenancy.role(), tenancy.councils(), tenancy.raa(), tenancy.vaa(),
                    person.enabled(), person.administers());
        }
    }

    public record NewVaaSystem(String clientId, String name, String vaa) {
    }

    @Transactional
    public CreatedUser create(Administrator admin, NewUser request) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (request.username() == null || !request.username().matches(USERNAME)) {
            wrong.put("username", "must be 3 to 100 letters, digits or . _ @ -");
        }
        wrong.putAll(Tenancy.problems(request.role(), request.councils(), request.raa(), request.vaa()));
        if (!wrong.isEmpty()) {
            throw Problems.badRequest(wrong);
        }
        Tenancy tenancy = new Tenancy(request.role(), request.councils(), request.raa(), request.vaa());
        if (!admin.mayManage(tenancy, request.makesAnAdmin())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "This admin may not create a user with this role, tenant or "
                    + "power to administer");
        }
        String firstPassword = Clients.newSecret();
        // a token's sub is a username or a client id: one name is never both
        if (clients.exists(request.username())
                || !people.create(request.username(), firstPassword, tenancy, request.makesAnAdmin())) {
            throw Problems.of(HttpStatus.CONFLICT, "A user or client " + request.username() + " already exists");
        }
        audit.record(admin.name(), "create-user", request.username(), describe(tenancy, request.makesAnAdmin()));
        return new CreatedUser(request.username(), firstPassword);
    }

    @Transactional
    public UserView change(Administrator admin, String username, UserChange change) {
        Person person = people.find(username)
                .filter(found -> admin.mayManage(found.tenancy(), found.administers()))
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "No user " + username));
        String role = change.role() == null ? person.tenancy().role() : change.role();
        Tenancy current = person.tenancy();
        Map<String, String> wrong = Tenancy.problems(role, current.councils(), current.raa(), current.vaa());
        if (!wrong.isEmpty()) {
            throw Problems.badRequest(wrong);
        }
        Tenancy changed = new Tenancy(role, current.councils(), current.raa(), current.vaa());
        if (!admin.mayManage(changed, person.administers())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "This admin may not give the role " + role);
        }
        boolean enabled = change.enabled() == null ? person.enabled() : change.enabled();
        people.change(username, role, enabled);
        audit.record(admin.name(), "change-user", username, "role " + current.role() + " -> " + role
                + ", enabled " + person.enabled() + " -> " + enabled);
        return UserView.of(people.find(username).orElseThrow());
    }

    public List<UserView> users(Administrator admin) {
        return people.all().stream().filter(person -> admin.mayManage(person.tenancy(), person.administers()))
                .map(UserView::of).toList();
    }

    @Transactional
    public IssuedCredentials registerVaaSystem(Administrator admin, NewVaaSystem request) {
        if (!admin.isPlatform()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "Only the platform admin registers VAA systems");
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        if (request.clientId() == null || !request.clientId().matches(USERNAME)) {
            wrong.put("clientId", "must be 3 to 100 letters, digits or . _ @ -");
        }
        if (request.name() == null || request.name().isBlank()) {
            wrong.put("name", "is required");
        }
        if (request.vaa() == null || !request.vaa().matches("[a-z0-9-]{2,100}")) {
            wrong.put("vaa", "must be the VAA's id: lower-case letters, digits and -");
        }
        if (!wrong.isEmpty()) {
            throw Problems.badRequest(wrong);
        }
        if (clients.exists(request.clientId()) || people.find(request.clientId()).isPresent()) {
            throw Problems.of(HttpStatus.CONFLICT, "A client or user " + request.clientId() + " already exists");
        }
        IssuedCredentials credentials = clients.registerVaaSystem(request.clientId(), request.name(), request.vaa());
        audit.record(admin.name(), "register-vaa-system", request.clientId(), "vaa " + request.vaa());
        return credentials;
    }

    public List<AuditTrail.Entry> audit(Administrator admin) {
        if (!admin.isPlatform()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "Only the platform admin reads the audit trail");
        }
        return audit.latest(500);
    }

    private static String describe(Tenancy tenancy, boolean administers) {
        String tenant = !tenancy.councils().isEmpty() ? "councils " + String.join(",", tenancy.councils())
                : tenancy.raa() != null ? "raa " + tenancy.raa()
                : tenancy.vaa() != null ? "vaa " + tenancy.vaa() : "no tenant";
        return "role " + tenancy.role() + ", " + tenant + (administers ? ", administers" : "");
    }
}
