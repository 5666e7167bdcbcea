package uk.permanence.tenancy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import uk.permanence.tokens.TokenRules;

/**
 * Every service is an OAuth2 resource server too, so that a call reaching it past the gateway still needs a valid
 * token (signature, expiry with the default small skew, issuer, audience): {@code /api/**} needs one,
 * {@code /admin/**} needs the {@code admin} or {@code ops} role, and only {@code /actuator/**} is open (it is
 * served to the operations network). Production verifies against the identity provider's JWKS URI
 * ({@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}); local runs and tests use the development key.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceSecurity {

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http) throws Exception {
        JwtGrantedAuthoritiesConverter role = new JwtGrantedAuthoritiesConverter();
        role.setAuthoritiesClaimName(TokenRules.ROLE_CLAIM);
        role.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(role);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**").permitAll()
                        .requestMatchers("/admin/**").hasAnyRole("admin", "ops")
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
                .build();
    }

    @Bean
    @ConditionalOnProperty("permanence.security.dev-signing-key")
    JwtDecoder developmentJwtDecoder(@Value("${permanence.security.dev-signing-key}") String signingKey,
                                     @Value("${permanence.security.issuer}") String issuer,
                                     @Value("${permanence.security.audience}") String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withSecretKey(TokenRules.developmentKey(signingKey))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(TokenRules.validator(issuer, audience));
        return decoder;
    }
}
