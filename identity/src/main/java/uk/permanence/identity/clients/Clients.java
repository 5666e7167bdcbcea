package uk.permanence.identity.clients;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import uk.permanence.identity.IdentityProperties;
import uk.permanence.identity.tokens.Tenancy;

/**
 * Registering the systems that obtain tokens. A VAA's system gets a client of its own for the client-credentials
 * grant; its secret is returned once and only its hash is stored.
 */
@Service
public class Clients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegisteredClientRepository repository;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;

    public Clients(RegisteredClientRepository repository, PasswordEncoder passwords, IdentityProperties properties) {
        this.repository = repository;
        this.passwords = passwords;
        this.properties = properties;
    }

    /** A client's id and its secret, which is shown this once. */
    public record IssuedCredentials(String clientId, String clientSecret) {
    }

    public boolean exists(String clientId) {
        return repository.findByClientId(clientId) != null;
    }

    public IssuedCredentials registerVaaSystem(String clientId, String name, String vaa) {
        if (exists(clientId)) {
            throw new IllegalArgumentException("a client " + clientId + " is already registered");
        }
        String secret = newSecret();
        repository.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientIdIssuedAt(Instant.now())
                .clientName(name)
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(Tenancy.ofVaa(vaa).addTo(ClientSettings.builder()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime()).build())
                .build());
        return new IssuedCredentials(clientId, secret);
    }

    /** 256 random bits, URL-safe: a client's secret, or a person's first password. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
