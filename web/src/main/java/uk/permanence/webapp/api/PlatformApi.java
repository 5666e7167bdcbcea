package uk.permanence.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
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

    // Reports (issue 17): every report as JSON or as CSV, with the refusals a page shows as such

    /** A report, {@code path} with {@code query} in its order; a refusal (400, 403, 404) as the answer's status. */
    public <T> ReportAnswer<T> report(String path, Map<String, String> query, Class<T> type) {
        return rest.get().uri(builder -> withQuery(builder.path(path), query)).exchange((request, response) -> {
            int status = response.getStatusCode().value();
            if (status == 200) {
                return new ReportAnswer<>(status, response.bodyTo(type), null);
            }
            if (status == 400 || status == 403 || status == 404) {
                ReportAnswer.Problem problem = status == 400 ? response.bodyTo(ReportAnswer.Problem.class) : null;
                return new ReportAnswer<>(status, null, problem);
            }
            throw new ApiRefused(path, status);
        });
    }

    /** Where a report's CSV goes while the API's response is open: its content type and body. */
    @FunctionalInterface
    public interface CsvReceiver {
        void receive(MediaType contentType, InputStream body) throws IOException;
    }

    /**
     * A report as CSV, streamed to {@code receiver} as it arrives and the response closed after; nothing is
     * received when the API refuses, and the answer's status says why.
     */
    public ReportAnswer<Void> reportCsv(String path, Map<String, String> query, CsvReceiver receiver) {
        return rest.get().uri(builder -> withQuery(builder.path(path), query)).accept(TEXT_CSV)
                .exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status == 200) {
                        receiver.receive(response.getHeaders().getContentType(), response.getBody());
                        return new ReportAnswer<Void>(status, null, null);
                    }
                    if (status == 400 || status == 403 || status == 404) {
                        return new ReportAnswer<Void>(status, null, null);
                    }
                    throw new ApiRefused(path, status);
                });
    }

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private static URI withQuery(UriBuilder builder, Map<String, String> query) {
        query.forEach(builder::queryParam);
        return builder.build();
    }
}
