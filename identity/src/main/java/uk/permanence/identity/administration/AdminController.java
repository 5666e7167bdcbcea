package uk.permanence.identity.administration;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.identity.clients.Clients.IssuedCredentials;
import uk.permanence.identity.people.People;
import uk.permanence.tokens.TokenRules;

/** The administration API ({@code /admin}, with an access token of this service); screens come with the web app. */
@RestController
@RequestMapping("/admin")
class AdminController {

    private final Administration administration;
    private final People people;

    AdminController(Administration administration, People people) {
        this.administration = administration;
        this.people = people;
    }

    /**
     * The caller as stored now (not as the token says), refused unless they administer something and the token is
     * a person's with the role they hold now (a VAA system's token, or one from before a change of role, is not).
     */
    private Administrator administrator(Jwt token) {
        return people.find(token.getSubject())
                .filter(person -> person.tenancy().role().equals(token.getClaimAsString(TokenRules.ROLE_CLAIM)))
                .map(Administrator::new).filter(Administrator::isAdministrator)
                .orElseThrow(() -> Problems.of(HttpStatus.FORBIDDEN, "Only an admin may call the administration API"));
    }

    @PostMapping("/users")
    ResponseEntity<Administration.CreatedUser> create(@AuthenticationPrincipal Jwt token,
                                                      @RequestBody Administration.NewUser request) {
        Administration.CreatedUser created = administration.create(administrator(token), request);
        return ResponseEntity.created(URI.create("/admin/users/" + created.username())).body(created);
    }

    @PatchMapping("/users/{username}")
    Administration.UserView change(@AuthenticationPrincipal Jwt token, @PathVariable String username,
                                   @RequestBody Administration.UserChange change) {
        return administration.change(administrator(token), username, change);
    }

    @GetMapping("/users")
    Administration.UserPage users(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String page,
                                  @RequestParam(required = false) String size) {
        Administrator admin = administrator(token);
        return administration.users(admin, Paging.of(page, size));
    }

    @GetMapping("/users/{username}")
    Administration.UserView user(@AuthenticationPrincipal Jwt token, @PathVariable String username) {
        return administration.user(administrator(token), username);
    }

    @PostMapping("/users/{username}/unlock")
    Administration.UserView unlock(@AuthenticationPrincipal Jwt token, @PathVariable String username) {
        return administration.unlock(administrator(token), username);
    }

    @DeleteMapping("/users/{username}/second-factor")
    ResponseEntity<Void> resetSecondFactor(@AuthenticationPrincipal Jwt token, @PathVariable String username) {
        administration.resetSecondFactor(administrator(token), username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/councils/{council}/second-factor")
    Administration.CouncilSecondFactor councilSecondFactor(@AuthenticationPrincipal Jwt token,
                                                           @PathVariable String council) {
        return administration.councilSecondFactor(administrator(token), council);
    }

    @PutMapping("/councils/{council}/second-factor")
    Administration.CouncilSecondFactor requireSecondFactor(@AuthenticationPrincipal Jwt token,
                                                           @PathVariable String council,
                                                           @RequestBody Administration.SecondFactorChoice choice) {
        return administration.requireSecondFactor(administrator(token), council, choice);
    }

    @PostMapping("/clients")
    ResponseEntity<IssuedCredentials> registerVaaSystem(@AuthenticationPrincipal Jwt token,
                                                        @RequestBody Administration.NewVaaSystem request) {
        IssuedCredentials credentials = administration.registerVaaSystem(administrator(token), request);
        return ResponseEntity.status(HttpStatus.CREATED).body(credentials);
    }

    @GetMapping("/audit")
    List<AuditTrail.Entry> audit(@AuthenticationPrincipal Jwt token) {
        return administration.audit(administrator(token));
    }
}
