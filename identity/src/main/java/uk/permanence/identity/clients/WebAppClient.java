package uk.permanence.identity.clients;

import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import uk.permanence.identity.IdentityProperties;

/**
 * The web app's client ({@code web}), kept as configured at every start: a confidential client (the web app is a
 * server that keeps tokens from the browser) for the authorization-code flow with PKCE required, with refresh
 * tokens that are replaced at each use. Its secret is the configured one; without one, a secret is generated at the
 * first start and logged that once, and later starts keep the stored hash.
 */
@Component
class WebAppClient implements ApplicationRunner {

    static final String CLIENT_ID = "web";
    private static final Logger log = LoggerFactory.getLogger(WebAppClient.class);

    private final RegisteredClientRepository repository;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;

    WebAppClient(RegisteredClientRepository repository, PasswordEncoder passwords, IdentityProperties properties) {
        this.repository = repository;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        IdentityProperties.Web web = properties.web();
        RegisteredClient existing = repository.findByClientId(CLIENT_ID);
        String configured = web.clientSecret();
        String secretHash;
        if (configured != null && !configured.isBlank()) {
            secretHash = existing != null && passwords.matches(configured, existing.getClientSecret())
                    ? existing.getClientSecret() : passwords.encode(configured);
        } else if (existing != null) {
            secretHash = existing.getClientSecret();
        } else {
            String generated = Clients.newSecret();
            log.warn("The web app's client secret was generated (shown this once; set "
                    + "PERMANENCE_IDENTITY_WEB_CLIENT_SECRET to choose it): {}", generated);
            secretHash = passwords.encode(generated);
        }
        repository.save(RegisteredClient.withId(existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientIdIssuedAt(existing != null ? existing.getClientIdIssuedAt() : Instant.now())
                .clientName("Permanence web app")
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(web.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.accessTokenLifetime())
                        .refreshTokenTimeToLive(web.refreshTokenLifetime())
                        .reuseRefreshTokens(false)
                        .build())
                .build());
    }
}
