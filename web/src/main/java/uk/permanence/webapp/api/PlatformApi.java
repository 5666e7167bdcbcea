package uk.permanence.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    // The caseload (issue 17): one call per page, and its CSV streamed as the API writes it.

    /**
     * One page of the caller's caseload for these filters ({@code GET /api/caseload}), or the problem the API found
     * in them; empty for a caller whose role has no caseload of its own (a VAA's worker, refused 403).
     */
    public Optional<CaseloadAnswer> caseload(Map<String, String> query) {
        return rest.get().uri(caseloadUri(query), query).exchange((request, response) -> {
            if (response.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
                return Optional.empty();
            }
            if (response.getStatusCode().isSameCodeAs(HttpStatus.BAD_REQUEST)) {
                return Optional.of(new CaseloadAnswer(null, response.bodyTo(CaseloadAnswer.Problem.class)));
            }
            if (response.getStatusCode().isError()) {
                throw new ApiRefused("/api/caseload", response.getStatusCode().value());
            }
            return Optional.of(new CaseloadAnswer(response.bodyTo(CaseloadPage.class), null));
        });
    }

    /**
     * Hands the caseload's CSV for these filters to {@code reader} as it arrives, and answers true; false, having
     * read nothing, when the API refused the filters (400).
     */
    public boolean caseloadCsv(Map<String, String> query, CsvReader reader) {
        return rest.get().uri(caseloadUri(query), query).accept(new MediaType("text", "csv"))
                .exchange((request, response) -> {
                    if (response.getStatusCode().isSameCodeAs(HttpStatus.BAD_REQUEST)) {
                        return false;
                    }
                    if (response.getStatusCode().isError()) {
                        throw new ApiRefused("/api/caseload", response.getStatusCode().value());
                    }
                    try (InputStream csv = response.getBody()) {
                        reader.read(csv);
                    }
                    return true;
                });
    }

    /** Reads a CSV answer's body. */
    public interface CsvReader {
        void read(InputStream csv) throws IOException;
    }

    /** A URI template naming each query parameter, so that every value is encoded as a value. */
    private static String caseloadUri(Map<String, String> query) {
        return "/api/caseload" + query.keySet().stream().map(name -> name + "={" + name + "}")
                .collect(Collectors.joining("&", query.isEmpty() ? "" : "?", ""));
    }
}
