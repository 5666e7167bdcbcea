package uk.permanence.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.context.annotation.Configuration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every MockMvc request in a service test carries, unless it sets its own {@code Authorization}, a token signed
 * with the test key for the whole demo RAA (all five councils) with the {@code admin} role: the service verifies
 * it exactly as it verifies the gateway's. Imported by {@code @AutoConfigureMockMvc}.
 */
@Configuration(proxyBeanMethods = false)
public class SignedMockMvc {

    public static final String OPERATOR_TOKEN = DevTokens.tokenOf("raa", "adopt-thames-valley", "admin");

    @Bean
    MockMvcBuilderCustomizer signedRequests() {
        return builder -> builder.defaultRequest(get("/").header("Authorization", "Bearer " + OPERATOR_TOKEN));
    }
}
