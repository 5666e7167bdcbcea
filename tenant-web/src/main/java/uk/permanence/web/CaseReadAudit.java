package uk.permanence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.permanence.audit.CaseRead;
import uk.permanence.councils.Tenant;
import uk.permanence.tenancy.TenantArguments;

/**
 * Publishes a {@link CaseRead} for every successful read of {@code /api/**} by a verified user: who, which case
 * (the path's {@code caseId}, or none for a list), when, which endpoint and the correlation id. Sent after the
 * answer, without making the reader wait; a send that fails is logged as an error.
 */
public class CaseReadAudit implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CaseReadAudit.class);

    private final KafkaTemplate<String, String> kafka;
    private final TenantArguments tenants;
    private final String service;
    private final Clock clock;

    public CaseReadAudit(KafkaTemplate<String, String> kafka, TenantArguments tenants, String service, Clock clock) {
        this.kafka = kafka;
        this.tenants = tenants;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        Optional<Tenant> caller = tenants.current();
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || caller.isEmpty()) {
            return;
        }
        Tenant tenant = caller.get();
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseId = variables == null ? null : variables.get("caseId");
        CaseRead read = CaseRead.of(UUID.randomUUID(), clock.instant(), tenant.user(), tenant.role(),
                tenant.describe(), caseId, service,
                String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)),
                request.getQueryString(), MDC.get(RequestLogContext.CORRELATION_ID));
        kafka.send(CaseRead.TOPIC, caseId == null ? tenant.user() : caseId, read.toJson())
                .whenComplete((sent, error) -> {
                    if (error != null) {
                        log.error("Could not record read {} in the audit trail: {}", read.readId(), error.toString());
                    }
                });
    }
}
