package uk.permanence.webapp.admin;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;
import uk.permanence.webapp.WebProperties;
import uk.permanence.webapp.admin.AdminRecords.AdminUser;
import uk.permanence.webapp.admin.AdminRecords.AuditEntry;
import uk.permanence.webapp.admin.AdminRecords.CouncilSecondFactor;
import uk.permanence.webapp.admin.AdminRecords.CreatedUser;
import uk.permanence.webapp.admin.AdminRecords.IssuedCredentials;
import uk.permanence.webapp.admin.AdminRecords.NewUser;
import uk.permanence.webapp.admin.AdminRecords.NewVaaSystem;
import uk.permanence.webapp.admin.AdminRecords.SecondFactorChoice;
import uk.permanence.webapp.admin.AdminRecords.UserChange;
import uk.permanence.webapp.admin.AdminRecords.UserPage;

/**
 * The identity service's administration API ({@code /admin}), called at the identity service's own address
 * ({@code permanence.web.identity-url}, as the web app exchanges codes for tokens) with the signed-in person's
 * access token: the gateway does not route {@code /admin}, and the identity service decides every call from the
 * caller's stored account. A page that only reads shows 403 and 404 as such; a change the API refuses (400, 403,
 * 409) comes back as a {@link Refused} with the problem, for the form's error summary.
 */
@Component
class IdentityAdmin {

    private final RestClient rest;

    IdentityAdmin(WebProperties web, OAuth2AuthorizedClientManager authorizedClients) {
        OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        withToken.setClientRegistrationIdResolver(request -> "permanence");
        this.rest = RestClient.builder()
                .baseUrl(web.identityUrl())
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(withToken)
                .build();
    }

    /** A change the administration API refused, with its problem. */
    static final class Refused extends RuntimeException {

        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.detail());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    UserPage users(int page, int size) {
        return read(rest.get().uri("/admin/users?page={page}&size={size}", page, size), UserPage.class);
    }

    AdminUser user(String username) {
        return read(rest.get().uri("/admin/users/{username}", username), AdminUser.class);
    }

    CreatedUser create(NewUser user) {
        return change(rest.post().uri("/admin/users").contentType(MediaType.APPLICATION_JSON).body(user),
                CreatedUser.class);
    }

    AdminUser change(String username, UserChange change) {
        return change(rest.patch().uri("/admin/users/{username}", username).contentType(MediaType.APPLICATION_JSON)
                .body(change), AdminUser.class);
    }

    AdminUser unlock(String username) {
        return change(rest.post().uri("/admin/users/{username}/unlock", username), AdminUser.class);
    }

    void resetSecondFactor(String username) {
        change(rest.delete().uri("/admin/users/{username}/second-factor", username), Void.class);
    }

    CouncilSecondFactor councilSecondFactor(String council) {
        return read(rest.get().uri("/admin/councils/{council}/second-factor", council), CouncilSecondFactor.class);
    }

    CouncilSecondFactor requireSecondFactor(String council, Boolean required) {
        return change(rest.put().uri("/admin/councils/{council}/second-factor", council)
                .contentType(MediaType.APPLICATION_JSON).body(new SecondFactorChoice(required)),
                CouncilSecondFactor.class);
    }

    IssuedCredentials registerVaaSystem(NewVaaSystem system) {
        return change(rest.post().uri("/admin/clients").contentType(MediaType.APPLICATION_JSON).body(system),
                IssuedCredentials.class);
    }

    List<AuditEntry> audit() {
        return rest.get().uri("/admin/audit").exchange((request, response) -> {
            refuseAsPage(response.getStatusCode().value());
            return response.bodyTo(new ParameterizedTypeReference<List<AuditEntry>>() { });
        });
    }

    private static <T> T read(RestClient.RequestHeadersSpec<?> request, Class<T> type) {
        return request.exchange((sent, response) -> {
            refuseAsPage(response.getStatusCode().value());
            return response.bodyTo(type);
        });
    }

    private static <T> T change(RestClient.RequestHeadersSpec<?> request, Class<T> type) {
        return request.exchange((sent, response) -> {
            int status = response.getStatusCode().value();
            if (status == 400 || status == 403 || status == 409) {
                Problem problem = response.bodyTo(Problem.class);
                throw new Refused(problem == null ? new Problem("The identity service refused (" + status + ")",
                        List.of()) : problem);
            }
            refuseAsPage(status);
            return type == Void.class ? null : response.bodyTo(type);
        });
    }

    /** 403 and 404 as the web app's own pages; any other error as the service's problem page. */
    private static void refuseAsPage(int status) {
        if (status == 403 || status == 404) {
            throw new ResponseStatusException(HttpStatus.valueOf(status));
        }
        if (status >= 400) {
            throw new IllegalStateException("the administration API answered " + status);
        }
    }
}
