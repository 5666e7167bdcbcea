package uk.permanence.identity.server;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Clock;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import uk.permanence.identity.IdentityProperties;
import uk.permanence.identity.secondfactor.SecondFactorSignIn;

/**
 * Spring Authorization Server's endpoints (OpenID Connect discovery, JWK set, authorize, token, revoke, user info,
 * sign-out) in one filter chain, and signing in with a form (then a second-factor code when one is required) in the
 * other. Clients and authorizations (codes, refresh tokens) are kept in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServer {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, OAuth2AuthorizationService authorizations,
                                                     AuthorizationServerSettings settings,
                                                     SecondFactorSignIn secondFactor) throws Exception {
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        OidcLogoutAuthenticationSuccessHandler signedOut = new OidcLogoutAuthenticationSuccessHandler();
        signedOut.setLogoutHandler(new SignOut(authorizations));
        // before the rules below: no authorization code until the person gave every factor they must
        secondFactor.requireAt(http, settings.getAuthorizationEndpoint());
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.logoutEndpoint(logout -> logout.logoutResponseHandler(signedOut)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser that must sign in first is sent to the form; an API client gets 401
                .exceptionHandling(refusals -> refusals.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers))
                // the user info endpoint takes the access token
                .oauth2ResourceServer(server -> server.jwt(withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, SecondFactorSignIn secondFactor) throws Exception {
        secondFactor.acceptCodes(http);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**", "/error").permitAll()
                        .anyRequest().authenticated())
                // people/SignInPage.java
                .formLogin(form -> form.loginPage("/login").permitAll())
                .build();
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /** bcrypt for new hashes; the {id} prefix lets a later, stronger algorithm take over as passwords change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
