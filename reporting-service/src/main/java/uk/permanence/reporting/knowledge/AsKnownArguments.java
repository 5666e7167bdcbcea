package uk.permanence.reporting.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.web.FieldProblem;

/**
 * Gives every report an {@link AsKnown} parameter from the optional {@code asOf} query parameter: an instant with
 * its offset ({@code 2026-03-31T17:00:00Z}), or a date, meaning everything recorded by the end of that day.
 */
@Component
class AsKnownArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final Clock clock;
    private final PeriodLimits limits;

    AsKnownArguments(Clock clock, PeriodLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(AsKnown.class);
    }

    @Override
    public AsKnown resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                   NativeWebRequest request, WebDataBinderFactory binders) {
        String asOf = request.getParameter("asOf");
        return asOf == null || asOf.isBlank() ? AsKnown.latest(clock) : new AsKnown(limits.asOf(parse(asOf.trim())), clock);
    }

    private Instant parse(String asOf) {
        try {
            return asOf.length() == 10
                    ? LocalDate.parse(asOf).plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1_000)
                    : OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeParseException e) {
            throw FieldProblem.badRequest("asOf", "must be a date (2026-03-31) or an instant with its offset "
                    + "(2026-03-31T17:00:00Z)");
        }
    }
}
