package uk.permanence.tenancy;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;

/** Gives any controller method a {@link Tenant} parameter, built from the identity headers the gateway set. */
public class TenantArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final Councils councils;

    public TenantArguments(Councils councils) {
        this.councils = councils;
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
        return Tenant.of(request.getHeader(Tenant.USER_HEADER), request.getHeader(Tenant.COUNCILS_HEADER),
                request.getHeader(Tenant.RAA_HEADER), request.getHeader(Tenant.VAA_HEADER), councils);
    }
}
