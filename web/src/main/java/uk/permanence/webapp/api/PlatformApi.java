package uk.permanence.webapp.api;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
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
        return optional("/api/cases/{caseId}", caseId, CaseFile.class);
    }

    public Optional<Timeliness> timeliness(String caseId) {
        return optional("/api/cases/{caseId}/timeliness", caseId, Timeliness.class);
    }

    public AlertPage openAlerts(String caseId) {
        return rest.get().uri("/api/alerts?caseId={caseId}&status=open&size=200", caseId).retrieve()
                .body(AlertPage.class);
    }

    private <T> Optional<T> optional(String path, String caseId, Class<T> type) {
        return rest.get().uri(path, caseId).exchange((request, response) -> {
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

    /** The case as the recording pages need it: its version and every event with its details. */
    public Optional<RecordedCase> recordedCase(String caseId) {
        return optional("/api/cases/{caseId}", caseId, RecordedCase.class);
    }

    /**
     * Records a milestone ({@code POST /api/cases/{caseId}/{milestone}}) on the case as it was at {@code version}
     * ({@code If-Match}); a retry with the same {@code idempotencyKey} records nothing again. A refusal is answered,
     * not thrown: its problem names each wrong field.
     */
    public Recording record(String caseId, String milestone, Map<String, Object> body, String idempotencyKey,
                            long version) {
        return rest.post().uri("/api/cases/{caseId}/{milestone}", caseId, milestone)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .header("Idempotency-Key", idempotencyKey)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .body(body)
                .exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    if (response.getStatusCode().is2xxSuccessful()) {
                        return new Recording(status, null);
                    }
                    Problem problem;
                    try {
                        problem = response.bodyTo(Problem.class);
                    } catch (RestClientException notAProblem) {
                        problem = null;
                    }
                    return new Recording(status, problem == null ? Problem.ofStatus(status) : problem);
                });
    }
}
