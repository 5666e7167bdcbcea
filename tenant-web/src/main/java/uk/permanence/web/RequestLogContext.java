package uk.permanence.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.permanence.correlation.CorrelationIds;

/**
 * Puts the request's correlation id into the logging context and the answer, and clears the context afterwards
 * (the caller's councils are added once the token is verified). The id is the gateway's, or for a call on the
 * service's own port the caller's by the gateway's rule ({@link CorrelationIds}): an unacceptable one is replaced
 * by a new one before it can reach a log line, the audit trail or an event's metadata. Never a child's details.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogContext extends OncePerRequestFilter {

    public static final String HEADER = CorrelationIds.HEADER;
    public static final String CORRELATION_ID = "correlationId";
    public static final String COUNCILS = "la";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = CorrelationIds.acceptOrCreate(request.getHeader(HEADER));
        response.setHeader(HEADER, correlationId);
        MDC.put(CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CORRELATION_ID);
            MDC.remove(COUNCILS);
        }
    }
}
