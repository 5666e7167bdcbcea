package uk.permanence.identity.administration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.permanence.identity.clients.Clients;
import uk.permanence.identity.clients.Clients.IssuedCredentials;
import uk.permanence.identity.people.People;
import uk.permanence.identity.people.People.Person;
import uk.permanence.identity.secondfactor.SecondFactorRequirement;
import uk.permanence.identity.secondfactor.SecondFactors;
import uk.permanence.identity.tokens.Tenancy;

/**
 * What admins do: create people (with a first password shown once), disable them or change their role, unlock them
 * or reset their second factor, decide whether a council's users need a second factor, and register VAA systems;
 * each change is checked against the admin's reach and audited with it, or nothing changes.
 */
@Service
class Administration {

    private static final String USERNAME = "[A-Za-z0-9._@-]{3,100}";

    private final People people;
    private final Clients clients;
    private final AuditTrail audit;
    private final SecondFactors secondFactors;
    private final SecondFactorRequirement secondFactorRequirement;

    Administration(People people, Clients clients, AuditTrail audit, SecondFactors secondFactors,
                   SecondFactorRequirement secondFactorRequirement) {
        this.people = people;
        this.clients = clients;
        this.audit = audit;
        this.secondFactors = secondFactors;
        this.secondFactorRequirement = secondFactorRequirement;
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

    /** A person as an admin sees them; {@code secondFactorEnrolled}: has confirmed an authenticator app. */
    public record UserView(String username, String role, List<String> councils, String raa, String vaa,
                           boolean enabled, boolean administers, boolean locked, boolean secondFactorEnrolled) {

        static UserView of(Person person, boolean secondFactorEnrolled) {
            Tenancy tenancy = person.tenancy();
            return new UserView(person.username(), tenancy.role(), tenancy.councils(), tenancy.raa(), tenancy.vaa(),
                    person.enabled(), person.administers(), person.locked(), secondFactorEnrolled);
        }
    }

    /** One page of the users within an admin's reach, in username order, and how many there are in all. */
    public record UserPage(List<UserView> users, int page, int size, long total) {
    }

    public record SecondFactorChoice(Boolean required) {
    }

    public record CouncilSecondFactor(String council, boolean required) {
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
        Person person = withinReach(admin, username);
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
        return view(username);
    }

    public UserPage users(Administrator admin, Paging paging) {
        List<Person> reached = people.all().stream()
                .filter(person -> admin.mayManage(person.tenancy(), person.administers())).toList();
        List<Person> shown = reached.stream().skip((long) paging.page() * paging.size()).limit(paging.size())
                .toList();
        Set<String> enrolled = secondFactors.enrolledAmong(shown.stream().map(Person::username).toList());
        return new UserPage(shown.stream().map(person -> UserView.of(person, enrolled.contains(person.username())))
                .toList(), paging.page(), paging.size(), reached.size());
    }

    /** One person within the admin's reach (404 otherwise). */
    public UserView user(Administrator admin, String username) {
        withinReach(admin, username);
        return view(username);
    }

    private UserView view(String username) {
        return UserView.of(people.find(username).orElseThrow(), secondFactors.isEnrolled(username));
    }

    /** The person forgets their second factor and enrols again at their next sign-in (if it is required of them). */
    @Transactional
    public void resetSecondFactor(Administrator admin, String username) {
        withinReach(admin, username);
        boolean hadOne = secondFactors.reset(username);
        audit.record(admin.name(), "reset-second-factor", username,
                hadOne ? "second factor removed" : "none to remove");
    }

    /** Ends a lockout (wrong passwords or codes) at once, and starts the count again. */
    @Transactional
    public UserView unlock(Administrator admin, String username) {
        Person person = withinReach(admin, username);
        people.recordSuccess(username);
        audit.record(admin.name(), "unlock-user", username, "locked " + person.locked() + " -> false");
        return view(username);
    }

    /** Whether a council's users must give a second factor now (its choice, or the default): as it decides. */
    public CouncilSecondFactor councilSecondFactor(Administrator admin, String council) {
        Map<String, String> wrong = new LinkedHashMap<>();
        checkCouncil(council, wrong);
        if (!wrong.isEmpty()) {
            throw Problems.badRequest(wrong);
        }
        mayDecideFor(admin, council);
        return new CouncilSecondFactor(council, secondFactorRequirement.councilRequires(council));
    }

    /** Whether a council's users must give a second factor: its own admin or the platform admin decides. */
    @Transactional
    public CouncilSecondFactor requireSecondFactor(Administrator admin, String council, SecondFactorChoice choice) {
        Map<String, String> wrong = new LinkedHashMap<>();
        checkCouncil(council, wrong);
        if (choice == null || choice.required() == null) {
            wrong.put("required", "must be true or false");
        }
        if (!wrong.isEmpty()) {
            throw Problems.badRequest(wrong);
        }
        mayDecideFor(admin, council);
        boolean before = secondFactorRequirement.councilRequires(council);
        secondFactorRequirement.setCouncilRequires(council, choice.required());
        audit.record(admin.name(), "set-council-second-factor", council,
                "required " + before + " -> " + choice.required());
        return new CouncilSecondFactor(council, choice.required());
    }

    private static void checkCouncil(String council, Map<String, String> wrong) {
        if (council == null || !council.matches("\\d{3}")) {
            wrong.put("council", "must be a three-digit DfE code");
        }
    }

    private static void mayDecideFor(Administrator admin, String council) {
        if (!admin.mayManageCouncil(council)) {
            throw Problems.of(HttpStatus.FORBIDDEN, "This admin may not decide for council " + council);
        }
    }

    /** A person the admin may manage; anyone else answers 404, as another tenant's case does in every service. */
    private Person withinReach(Administrator admin, String username) {
        return people.find(username)
                .filter(found -> admin.mayManage(found.tenancy(), found.administers()))
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "No user " + username));
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
