package uk.permanence.webapp.milestone;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.permanence.access.RoleTable;
import uk.permanence.tokens.Caller;
import uk.permanence.tokens.ClaimNames;

/**
 * Which milestones the signed-in person's role may record, by the one role table the gateway and the services
 * enforce ({@link RoleTable}): the first row whose method and path match a milestone's POST decides. The role is read
 * from the person's access token as the services read it ({@link Caller}); the web app does not verify the token
 * (the API does, on every call), it only chooses which forms to offer. A token it cannot read offers every form, and
 * the API refuses what the role may not record.
 */
@Component
class RecordingRights {

    private final ClaimNames claims;

    RecordingRights(Environment environment) {
        this.claims = Binder.get(environment).bind(ClaimNames.PROPERTY, ClaimNames.class).orElse(ClaimNames.OURS);
    }

    Optional<String> role(OAuth2AuthorizedClient client) {
        try {
            String token = client.getAccessToken().getTokenValue();
            Map<String, Object> read = JWTParser.parse(token).getJWTClaimsSet().toJSONObject();
            Jwt jwt = Jwt.withTokenValue(token).header("alg", "none").claims(all -> all.putAll(read)).build();
            return Optional.ofNullable(Caller.of(jwt, claims).role());
        } catch (ParseException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    static boolean mayRecord(String role, String milestone) {
        PathContainer path = PathContainer.parsePath("/api/cases/any/" + milestone);
        return RoleTable.GRANTS.stream()
                .filter(grant -> grant.method().equals("POST") && grant.paths().stream()
                        .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(path)))
                .findFirst().map(grant -> grant.roles().contains(role)).orElse(false);
    }
}
