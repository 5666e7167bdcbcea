package uk.permanence.webapp.signin;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import uk.permanence.webapp.WebProperties;

/**
 * Signing in at the identity service as its confidential client {@code web}: authorization code with PKCE, the
 * browser sent to the authorization endpoint at the platform's public address (the gateway), the code exchanged
 * server to server at the identity service's own port. The tokens stay in the session, refreshed when they expire;
 * the browser holds only the session cookie. The client's own endpoints live under {@code /sign-in/}, because the
 * gateway routes {@code /oauth2/**} and {@code /login} to the identity service. Signing out ends the identity
 * service's session too (OpenID Connect RP-initiated logout).
 */
@Configuration
class SignInConfiguration {

    static final String REGISTRATION = "permanence";
    static final String AUTHORIZATION = "/sign-in/authorization";
    static final String CALLBACK = "/sign-in/callback/*";
    static final String FAILED = "/sign-in/failed";

    @Bean
    ClientRegistrationRepository clientRegistrations(WebProperties web) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(web.clientId())
                .clientSecret(web.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/sign-in/callback/{registrationId}")
                .scope("openid")
                // the ID token's iss must be this
                .issuerUri(web.publicUrl())
                .authorizationUri(web.publicUrl() + "/oauth2/authorize")
                .tokenUri(web.identityUrl() + "/oauth2/token")
                .jwkSetUri(web.identityUrl() + "/oauth2/jwks")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", web.publicUrl() + "/connect/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Tokens in the person's session only, gone when it ends. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Gives the API calls a current access token, refreshing it with the refresh token when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /**
     * Signing in returns to the page the person asked for, never to a stylesheet or an icon the browser fetched
     * meanwhile on its own (the identity service's sign-in form shares this origin).
     */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).contains(MediaType.TEXT_HTML_VALUE));
        return cache;
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http, WebProperties web, ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        // the health and metrics on this service's own port; the gateway never routes /actuator here
                        .requestMatchers("/actuator/**", "/webjars/**", "/assets/**", "/app/**", "/favicon.ico", FAILED,
                                "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage(AUTHORIZATION + "/" + REGISTRATION)
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(AUTHORIZATION))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK))
                        .failureUrl(FAILED))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.of(web)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
