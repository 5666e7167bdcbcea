package uk.permanence.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;
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

    // --- the alerts and tracking-meeting pages (webapp.alerts, webapp.meeting) ---

    /** The largest page {@code GET /api/cases} answers. */
    private static final int LISTING_PAGE = 200;

    /** Open alerts of a council, team or worker (each optional), of a kind and severity, most severe first. */
    public AlertList openAlerts(Scope scope, String kind, String severity, int page, int size) {
        Map<String, Object> query = scope.query();
        query.put("kind", kind);
        query.put("severity", severity);
        query.put("status", "open");
        query.put("page", page);
        query.put("size", size);
        return refusedAsProblem("/api/alerts", query, MediaType.APPLICATION_JSON,
                response -> response.bodyTo(AlertList.class));
    }

    /** A page (from 0) of the tracking meeting's list of a council, team or worker, most urgent first. */
    public SurgeryList surgery(Scope scope, int page, int size) {
        Map<String, Object> query = scope.query();
        query.put("page", page);
        query.put("size", size);
        return refusedAsProblem("/api/surgery", query, MediaType.APPLICATION_JSON,
                response -> response.bodyTo(SurgeryList.class));
    }

    /**
     * The tracking meeting's list as the API writes it in CSV, copied as it arrives to the stream {@code out} gives,
     * which is asked for only once the API has answered 200; the API's answer is closed on every path.
     */
    public void surgeryCsv(Scope scope, Supplier<OutputStream> out) {
        refusedAsProblem("/api/surgery", scope.query(), MediaType.parseMediaType("text/csv"), response -> {
            try (InputStream csv = response.getBody()) {
                csv.transferTo(out.get());
            }
            return null;
        });
    }

    /**
     * The case references of these cases, which the alerts and surgery answers do not carry: read from the case
     * listing a page of 200 at a time until every one is found, or, when fewer cases are missing than pages are left
     * to read, one case file each. A case the caller may not see has none.
     */
    public Map<String, String> caseReferences(Collection<String> caseIds) {
        Set<String> missing = new LinkedHashSet<>(caseIds);
        Map<String, String> references = new HashMap<>();
        for (int page = 0; !missing.isEmpty(); page++) {
            CasePage listed = cases(page, LISTING_PAGE);
            for (CasePage.Listed child : listed.items()) {
                if (missing.remove(child.caseId())) {
                    references.put(child.caseId(), child.caseReference());
                }
            }
            long pagesLeft = (listed.total() + LISTING_PAGE - 1) / LISTING_PAGE - (page + 1);
            if (pagesLeft <= 0) {
                break;
            }
            if (missing.size() < pagesLeft) {
                for (String caseId : missing) {
                    caseFile(caseId).ifPresent(found -> references.put(caseId, found.caseReference()));
                }
                break;
            }
        }
        return references;
    }

    /** Whose list a page shows: a council, a team, a worker, each optional and blank as absent. */
    public record Scope(String la, String team, String worker) {

        public Scope {
            la = blankAsNull(la);
            team = blankAsNull(team);
            worker = blankAsNull(worker);
        }

        Map<String, Object> query() {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("la", la);
            query.put("team", team);
            query.put("worker", worker);
            return query;
        }

        private static String blankAsNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private <T> T refusedAsProblem(String path, Map<String, Object> query, MediaType accept,
                                   Answer<T> answer) {
        Map<String, Object> present = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        return rest.get().uri(builder -> {
            builder.path(path);
            present.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
            return builder.build(present);
        }).accept(accept).exchange((request, response) -> {
            if (response.getStatusCode().value() == 400 || response.getStatusCode().value() == 422) {
                throw new ApiProblem(response.bodyTo(ApiProblem.Body.class));
            }
            if (response.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
                // a role that reads no such list (a VAA's worker, ops): the page is refused as the API refused it
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            if (response.getStatusCode().isError()) {
                throw new ApiRefused(path, response.getStatusCode().value());
            }
            return answer.read(response);
        });
    }

    /** Reads an answer the API gave with 200. */
    private interface Answer<T> {
        T read(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) throws IOException;
    }

    /** The case as the recording pages need it: its version and every event with its details. */
    public Optional<RecordedCase> recordedCase(String caseId) {
        return optional("/api/cases/{caseId}", RecordedCase.class, caseId);
    }

    /**
     * Records a milestone ({@code POST /api/cases/{caseId}/{milestone}}) on the case as it was at {@code version}
     * ({@code If-Match}); a retry with the same {@code idempotencyKey} records nothing again. A refusal is answered,
     * not thrown: its problem names each wrong field.
     */
    public Recording record(String caseId, String milestone, Map<String, Object> body, String idempotencyKey,
                            long version) {
        return answered(rest.post().uri("/api/cases/{caseId}/{milestone}", caseId, milestone)
                .header("Idempotency-Key", idempotencyKey)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\""), body);
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
     * Hands the caseload's CSV for these filters to {@code receiver} as it arrives, and answers true; false, having
     * read nothing, when the API refused the filters (400).
     */
    public boolean caseloadCsv(Map<String, String> query, CsvReceiver receiver) {
        return rest.get().uri(caseloadUri(query), query).accept(new MediaType("text", "csv"))
                .exchange((request, response) -> {
                    if (response.getStatusCode().isSameCodeAs(HttpStatus.BAD_REQUEST)) {
                        return false;
                    }
                    if (response.getStatusCode().isError()) {
                        throw new ApiRefused("/api/caseload", response.getStatusCode().value());
                    }
                    try (InputStream csv = response.getBody()) {
                        receiver.receive(response.getHeaders().getContentType(), csv);
                    }
                    return true;
                });
    }

    /** A URI template naming each query parameter, so that every value is encoded as a value. */
    private static String caseloadUri(Map<String, String> query) {
        return "/api/caseload" + query.keySet().stream().map(name -> name + "={" + name + "}")
                .collect(Collectors.joining("&", query.isEmpty() ? "" : "?", ""));
    }

    // The tracking meeting (issue 19): agreeing, completing and dropping a child's actions, acknowledging an alert

    /** Agrees an action for the child ({@code POST /api/cases/{caseId}/actions}); a refusal is answered, not thrown. */
    public Recording agreeAction(String caseId, Map<String, Object> body, String idempotencyKey) {
        return answered(rest.post().uri("/api/cases/{caseId}/actions", caseId).header("Idempotency-Key",
                idempotencyKey), body);
    }

    /** Completes or drops an open action ({@code PATCH /api/cases/{caseId}/actions/{actionId}}). */
    public Recording closeAction(String caseId, long actionId, Map<String, Object> body, String idempotencyKey) {
        return answered(rest.patch().uri("/api/cases/{caseId}/actions/{actionId}", caseId, actionId)
                .header("Idempotency-Key", idempotencyKey), body);
    }

    /** A team manager's acknowledgement of an alert ({@code POST /api/alerts/{alertId}/acknowledgement}). */
    public Recording acknowledgeAlert(long alertId, Map<String, Object> body) {
        return answered(rest.post().uri("/api/alerts/{alertId}/acknowledgement", alertId), body);
    }

    /** Sends a command's body; a refusal is answered with its problem (or one made of its status), not thrown. */
    private static Recording answered(RestClient.RequestBodySpec request, Map<String, Object> body) {
        return request.contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body)
                .exchange((sent, response) -> {
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
