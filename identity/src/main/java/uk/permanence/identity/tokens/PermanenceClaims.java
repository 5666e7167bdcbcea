package uk.permanence.identity.tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import uk.permanence.identity.IdentityProperties;
import uk.permanence.identity.people.People;
import uk.permanence.identity.people.People.Person;

/**
 * Shapes every access token as the gateway and the services read it: {@code iss}, {@code sub}, {@code iat},
 * {@code exp} (the configured lifetime after {@code iat}), {@code aud} (the platform's API), the role and the
 * tenant claim, {@code administers} for a person who administers a council or an RAA, and nothing else. A VAA system's tenancy is the one registered with its client; a person's is read
 * afresh at each token, so that a refresh after the account was disabled or changed gets no token or the new role.
 * Lists are {@link ArrayList}s: the claims are stored with the authorization, whose JSON reader allows only the
 * collection types Spring Security lists.
 */
@Component
public class PermanenceClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /**
     * Only in the tokens of a council's or an RAA's admin: the web app shows them its admin pages (the identity
     * service still decides each call from the stored account).
     */
    public static final String ADMINISTERS_CLAIM = "administers";

    private static final Set<String> KEPT = Set.of(JwtClaimNames.ISS, JwtClaimNames.SUB, JwtClaimNames.IAT);

    private final IdentityProperties properties;
    private final People people;

    public PermanenceClaims(IdentityProperties properties, People people) {
        this.properties = properties;
        this.people = people;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        boolean system = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        Person person = system ? null
                : people.find(context.getPrincipal().getName()).filter(Person::enabled).orElse(null);
        Tenancy tenancy = system ? Tenancy.of(context.getRegisteredClient().getClientSettings())
                : person == null ? null : person.tenancy();
        if (tenancy == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    "The caller has no role on this platform, or the account is disabled", null));
        }
        context.getClaims().claims(claims -> {
            Instant issuedAt = (Instant) claims.get(JwtClaimNames.IAT);
            claims.keySet().retainAll(KEPT);
            claims.put(JwtClaimNames.AUD, new ArrayList<>(List.of(properties.audience())));
            claims.put(JwtClaimNames.EXP, issuedAt.plus(properties.accessTokenLifetime()));
            tenancy.addTo(claims);
            if (person != null && person.administers()) {
                claims.put(ADMINISTERS_CLAIM, true);
            }
        });
    }
}
