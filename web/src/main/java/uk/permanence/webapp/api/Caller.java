package uk.permanence.webapp.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.councils.Councils;

/**
 * Who the signed-in person acts as, read from the claims of their own access token (role, councils, RAA), only to
 * choose what the pages offer: the navigation, the council chooser, the ops page. The gateway and the services
 * verify the token and decide what the person may read; a claim read here grants nothing.
 */
@Component
public class Caller {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OAuth2AuthorizedClientManager clients;
    private final Councils councils;
    private final Clock clock;

    Caller(OAuth2AuthorizedClientManager clients, Environment environment, Clock clock) {
        this.clients = clients;
        this.clock = clock;
        this.councils = Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("no councils (councils.yml) in the configuration"));
    }

    /**
     * The person's role and the councils they act for (an RAA's members today), from their current access token
     * (refreshed if it had expired, as for an API call); empty when not signed in.
     */
    public record Claims(String role, List<String> councils) {

        public static final Claims NONE = new Claims("", List.of());

        public boolean is(String wanted) {
            return wanted.equals(role);
        }

        /** The roles that read alerts and the tracking meeting's list (docs/access.md). */
        public boolean tracksChildren() {
            return Set.of("social-worker", "family-finder", "team-manager", "raa-lead").contains(role);
        }
    }

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

    private Claims claims(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            return Claims.NONE;
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return Claims.NONE;
        }
        Set<String> acting = new TreeSet<>();
        claims.path("la").forEach(code -> acting.add(code.asString()));
        if (claims.hasNonNull("raa")) {
            acting.addAll(councils.ofRaa(claims.path("raa").asString(), LocalDate.now(clock)));
        }
        return new Claims(claims.path("role").asString(""), new ArrayList<>(acting));
    }
}
