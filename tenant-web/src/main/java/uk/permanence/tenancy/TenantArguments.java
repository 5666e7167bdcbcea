package uk.permanence.tenancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.tokens.Caller;
import uk.permanence.tokens.ClaimNames;
import uk.permanence.web.RequestLogContext;

/**
 * Gives any controller method a {@link Tenant} parameter, built from the verified token only (never from headers),
 * and puts the caller's councils into the logging context.
 */
public class TenantArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final Councils councils;
    private final ClaimNames claims;
    private final Clock clock;

    public TenantArguments(Councils councils, ClaimNames claims, Clock clock) {
        this.councils = councils;
        this.claims = claims;
        this.clock = clock;
    }

    /** The tenant of the request being handled, if it carries a verified token. */
    public Optional<Tenant> current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        Caller caller = Caller.of(token.getToken(), claims);
        return Optional.of(Tenant.of(caller.subject(), caller.role(), caller.councils(), caller.raa(), caller.vaa(),
                councils, LocalDate.now(clock)));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Tenant.class);
    }

    @Override
    public Tenant resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        Tenant tenant = current().orElseThrow(() -> new IllegalStateException("no verified token on an API call"));
        MDC.put(RequestLogContext.COUNCILS, tenant.describe());
        return tenant;
    }
}
