package uk.permanence.webapp.api;

import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.permanence.webapp.WebProperties;

/**
 * The platform's API as the signed-in person may call it: every call goes through the gateway with their own access
 * token, so that the gateway and the services decide what they may see. Each call reads its answer into a record
 * and closes the response. A case the caller may not see answers 404 like one that does not exist: empty here.
 */
@Component
public class PlatformApi {

    private final RestClient rest;

    PlatformApi(WebProperties web, OAuth2AuthorizedClientManager authorizedClients) {
        OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        withToken.setClientRegistrationIdResolver(request -> "permanence");
        this.rest = RestClient.builder()
                .baseUrl(web.apiUrl())
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(withToken)
                .build();
    }

    /** One page of the caller's cases, in council and case reference order. */
    public CasePage cases(int page, int size) {
        return rest.get().uri("/api/cases?page={page}&size={size}", page, size).retrieve().body(CasePage.class);
    }

    public Optional<CaseFile> caseFile(String caseId) {
        return optional("/api/cases/{caseId}", CaseFile.class, caseId);
    }

    /** The case file as it was recorded by that moment; empty when nothing was recorded by then. */
    public Optional<CaseFile> caseFileAsOf(String caseId, Instant asOf) {
        return optional("/api/cases/{caseId}/history?asOf={asOf}", CaseFile.class, caseId, asOf.toString());
    }

    public Optional<Timeliness> timeliness(String caseId) {
        return optional("/api/cases/{caseId}/timeliness", Timeliness.class, caseId);
    }

    public AlertPage openAlerts(String caseId) {
        return rest.get().uri("/api/alerts?caseId={caseId}&status=open&size=200", caseId).retrieve()
                .body(AlertPage.class);
    }

    private <T> Optional<T> optional(String path, Class<T> type, Object... variables) {
        return rest.get().uri(path, variables).exchange((request, response) -> {
            if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            if (response.getStatusCode().isError()) {
                throw new ApiRefused(path, response.getStatusCode().value());
            }
            return Optional.ofNullable(response.bodyTo(type));
        });
    }

    /** The API answered an error the page cannot show as a result. */
    public static final class ApiRefused extends RuntimeException {

        ApiRefused(String path, int status) {
            super(path + " answered " + status);
        }
    }
}
