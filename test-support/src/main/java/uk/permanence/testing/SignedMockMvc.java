package uk.permanence.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Every MockMvc request in a service test carries, unless it sets its own {@code Authorization}, a token signed
 * with the test key for the whole demo RAA (all five councils): the {@code admin} role for the service's own
 * operations ({@code /admin/**}) and the audit trail, otherwise a {@code team-manager}, the role the role table lets
 * make every other call. The service verifies it exactly as it verifies the gateway's. Imported by
 * {@code @AutoConfigureMockMvc}.
 */
@Configuration(proxyBeanMethods = false)
public class SignedMockMvc {

    public static final String OPERATOR_TOKEN = TestTokens.tokenOf("raa", "adopt-thames-valley", "admin");
    public static final String MANAGER_TOKEN = TestTokens.tokenOf("raa", "adopt-thames-valley", "team-manager");

    @Bean
    MockMvcBuilderCustomizer signedRequests() {
        return builder -> builder.defaultRequest(get("/").with(request -> {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                String path = request.getRequestURI();
                boolean operator = path.startsWith("/admin/") || path.startsWith("/api/audit");
                request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + (operator ? OPERATOR_TOKEN : MANAGER_TOKEN));
            }
            return request;
        }));
    }
}
