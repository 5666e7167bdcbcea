package uk.permanence.cases.councils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.permanence.access.RoleTable;

/**
 * The role table's open reads, answered without a token here as at the gateway; tried before the service's own
 * chain, which refuses any other call without a valid token.
 */
@Configuration
class OpenReads {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain openReadsChain(HttpSecurity http) throws Exception {
        String[] paths = RoleTable.OPEN_READS.toArray(String[]::new);
        return http
                .securityMatcher(paths)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, paths).permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
