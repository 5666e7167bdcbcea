package uk.permanence.identity.administration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administration API takes this service's own access tokens (verified as the platform's services verify them),
 * never a browser session; which admin may do what is decided per call from the caller's stored account.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(2)
    SecurityFilterChain administrationApi(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/admin/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problem(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required");
                        })
                        .jwt(jwt -> { }))
                .build();
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", status.getReasonPhrase())
                .put("status", status.value())
                .put("detail", detail)
                .put("instance", request.getRequestURI())));
    }
}
