package uk.permanence.webapp.api;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.permanence.access.RoleTable;
import uk.permanence.councils.Councils;
import uk.permanence.tokens.ClaimNames;

/**
 * Who the signed-in person acts as, read from the claims of their own access token as the services read them
 * ({@link uk.permanence.tokens.Caller}, under the configured claim names), only to choose what the pages offer: the
 * navigation, the council chooser, the milestones offered, the admin and ops pages. The gateway, the services and
 * the identity service verify the token and decide what the person may do; a claim read here grants nothing.
 */
@Component
public class Caller {

    private final OAuth2AuthorizedClientManager clients;
    private final Councils councils;
    private final ClaimNames claimNames;
    private final Clock clock;

    Caller(OAuth2AuthorizedClientManager clients, Environment environment, Clock clock) {
        this.clients = clients;
        this.clock = clock;
        this.councils = Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("no councils (councils.yml) in the configuration"));
        this.claimNames = Binder.get(environment).bind(ClaimNames.PROPERTY, ClaimNames.class)
                .orElse(ClaimNames.OURS);
    }

    /**
     * The person's role (empty when their token cannot be read), the councils their token names, their RAA, whether
     * they administer people, and the councils they act for (their own, or their RAA's members today).
     */
    public record Claims(String role, List<String> councils, String raa, boolean administers,
                         List<String> actingFor) {

        public static final Claims NONE = new Claims("", List.of(), null, false, List.of());

        public boolean is(String wanted) {
            return wanted.equals(role);
        }

        public boolean known() {
            return !role.isEmpty();
        }

        /** The roles that read alerts and the tracking meeting's list (docs/access.md). */
        public boolean tracksChildren() {
            return Set.of(RoleTable.SOCIAL_WORKER, RoleTable.FAMILY_FINDER, RoleTable.TEAM_MANAGER,
                    RoleTable.RAA_LEAD).contains(role);
        }
    }

    /** From the person's current access token (refreshed if it had expired, as for an API call). */
    public Claims current() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !(person instanceof OAuth2AuthenticationToken)) {
            return Claims.NONE;
        }
        try {
            OAuth2AuthorizedClient client = clients.authorize(
                    OAuth2AuthorizeRequest.withClientRegistrationId("permanence")
                            .principal(person)
                            .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                            .attribute(HttpServletResponse.class.getName(), attributes.getResponse())
                            .build());
            return client == null ? Claims.NONE : claims(client.getAccessToken().getTokenValue());
        } catch (OAuth2AuthorizationException e) {
            // no token to be had (the refresh token refused): the page offers nothing more, the API refuses the rest
            return Claims.NONE;
        }
    }

    /** The claims of a JWT access token, not verified (the API verifies it); a token of another shape has none. */
    public Claims claims(String accessToken) {
        Map<String, Object> read = new HashMap<>();
        try {
            read.putAll(JWTParser.parse(accessToken).getJWTClaimsSet().getClaims());
        } catch (ParseException | IllegalArgumentException unreadable) {
            return Claims.NONE;
        }
        // the JWT library reads exp, iat and nbf as dates, and Spring's Jwt takes them only as instants
        read.replaceAll((name, value) -> value instanceof Date date ? date.toInstant() : value);
        Jwt jwt = Jwt.withTokenValue(accessToken).header("alg", "none").claims(all -> all.putAll(read)).build();
        uk.permanence.tokens.Caller caller = uk.permanence.tokens.Caller.of(jwt, claimNames);
        Set<String> acting = new TreeSet<>(caller.councils());
        if (caller.raa() != null) {
            acting.addAll(councils.ofRaa(caller.raa(), LocalDate.now(clock)));
        }
        return new Claims(caller.role() == null ? "" : caller.role(), caller.councils(), caller.raa(),
                Boolean.TRUE.equals(read.get("administers")), new ArrayList<>(acting));
    }
}
