package uk.permanence.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one rule for a request's correlation id, at the gateway and on every service's port: the caller's own
 * {@code X-Correlation-Id} when it is a plain token of at most 64 characters, otherwise a new one, so that nothing
 * a client sends lands unchecked in logs, the audit trail or event metadata.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationIds() {
    }

    public static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
