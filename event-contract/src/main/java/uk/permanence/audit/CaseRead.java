package uk.permanence.audit;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * One read of children's case data, published by the service that served it to {@link #TOPIC} and kept by
 * case-service for the platform admin. {@code caseId} is null for a list (alerts, surgery, reports), whose
 * {@code endpoint} and {@code query} say what was listed. The JSON of each revision is fixed by a golden file, as
 * for case events.
 *
 * @param revision      {@link #REVISION} when written by this version of the contract
 * @param readId        unique per read, so that a redelivered record is stored once
 * @param user          the token's subject
 * @param role          the token's role
 * @param tenant        the councils, RAA or VAA the caller acted for
 */
public record CaseRead(String revision, UUID readId, Instant readAt, String user, String role, String tenant,
                       String caseId, String service, String endpoint, String query, String correlationId) {

    public static final String TOPIC = "permanence.audit.v1";
    public static final String REVISION = "1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static CaseRead of(UUID readId, Instant readAt, String user, String role, String tenant, String caseId,
                              String service, String endpoint, String query, String correlationId) {
        return new CaseRead(REVISION, readId, readAt, user, role, tenant, caseId, service, endpoint, query,
                correlationId);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static CaseRead fromJson(String json) {
        return JSON.readValue(json, CaseRead.class);
    }
}
