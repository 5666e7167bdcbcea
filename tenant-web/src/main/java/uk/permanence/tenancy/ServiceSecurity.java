package uk.permanence.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.permanence.access.Grant;
import uk.permanence.access.RoleTable;
import uk.permanence.tokens.Caller;
import uk.permanence.tokens.ClaimNames;
import uk.permanence.tokens.TokenRules;
import uk.permanence.web.RequestLogContext;

/**
 * Every service is an OAuth2 resource server enforcing what the gateway enforces, so that a call reaching it past
 * the gateway, or around it, is answered exactly as the gateway would: a valid token ({@link TokenRules}), a role
 * the shared {@link RoleTable} allows for {@code /api/**}, the {@code admin} or {@code ops} role for
 * {@code /admin/**}, and only {@code /actuator/**} open (it is served to the operations network). A refusal is a
 * problem document, 401 or 403, as at the gateway.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceSecurity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, ClaimNames claims) throws Exception {
        AuthenticationEntryPoint unauthorised = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problem(request, response, HttpStatus.UNAUTHORIZED, failure instanceof OAuth2AuthenticationException
                    ? "The bearer token is not valid: " + failure.getMessage()
                    : "A valid bearer token is required");
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problem(request, response,
                HttpStatus.FORBIDDEN, "The caller's role may not make this call");
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/**").permitAll()
                            .requestMatchers("/admin/**").hasAnyRole(RoleTable.OPERATORS.toArray(String[]::new));
                    for (Grant grant : RoleTable.GRANTS) {
                        requests.requestMatchers(HttpMethod.valueOf(grant.method()), grant.pathArray())
                                .hasAnyRole(grant.roleArray());
                    }
                    requests.requestMatchers("/error").permitAll()
                            .anyRequest().denyAll();
                })
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden))
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> new JwtAuthenticationToken(token,
                                Caller.of(token, claims).authorities(), token.getSubject()))))
                .build();
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                String detail) throws IOException {
        ObjectNode problem = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", status.getReasonPhrase())
                .put("status", status.value())
                .put("detail", detail)
                .put("instance", request.getRequestURI());
        String correlationId = MDC.get(RequestLogContext.CORRELATION_ID);
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** Which claims carry the role and tenant: ours, or a council's own identity provider's (docs/identity.md). */
    @Bean
    ClaimNames claimNames(Environment environment) {
        return Binder.get(environment).bind(ClaimNames.PROPERTY, ClaimNames.class).orElse(ClaimNames.OURS);
    }

    /** Keys fetched from the identity service's JWK set and cached; an unknown key id fetches the set again. */
    @Bean
    JwtDecoder jwtDecoder(@Value("${permanence.security.jwk-set-uri}") String jwkSetUri,
                          @Value("${permanence.security.issuer}") String issuer,
                          @Value("${permanence.security.audience}") String audience,
                          @Value("${" + TokenRules.MAX_LIFETIME_PROPERTY + "}") Duration maxLifetime) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(TokenRules.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenRules.validator(issuer, audience, maxLifetime));
        return decoder;
    }
}
