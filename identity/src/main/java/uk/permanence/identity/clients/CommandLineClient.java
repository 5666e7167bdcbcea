package uk.permanence.identity.clients;

import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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
 * The command-line client ({@code permanence-cli}), kept as configured at every start: a public client (it keeps no
 * secret) for the authorization-code flow with PKCE required, so a token is had only by signing a person in; no
 * refresh tokens, the tool signs in again.
 */
@Component
class CommandLineClient implements ApplicationRunner {

    static final String CLIENT_ID = "permanence-cli";

    private final RegisteredClientRepository repository;
    private final IdentityProperties properties;

    CommandLineClient(RegisteredClientRepository repository, IdentityProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        RegisteredClient existing = repository.findByClientId(CLIENT_ID);
        repository.save(RegisteredClient.withId(existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientIdIssuedAt(existing != null ? existing.getClientIdIssuedAt() : Instant.now())
                .clientName("Permanence command line")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.commandLine().redirectUri())
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime()).build())
                .build());
    }
}
