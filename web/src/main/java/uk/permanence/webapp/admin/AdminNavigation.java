package uk.permanence.webapp.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.access.RoleTable;

/**
 * Every page's {@code reach}: whether the navigation shows "Admin", read from the claims of the access token the
 * web app holds for the person ({@code role}, {@code administers}, {@code la}, {@code raa}). The token came from
 * the identity service's token endpoint server to server, and only shows or hides links: the identity service
 * checks every administration call against the stored account.
 */
@ControllerAdvice
class AdminNavigation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OAuth2AuthorizedClientManager authorizedClients;

    AdminNavigation(OAuth2AuthorizedClientManager authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @ModelAttribute("reach")
    Reach reach(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (!(authentication instanceof OAuth2AuthenticationToken signedIn)) {
            return Reach.NONE;
        }
        OAuth2AuthorizedClient client;
        try {
            client = authorizedClients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                    .principal(signedIn)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
        } catch (OAuth2AuthorizationException noLongerSignedIn) {
            return Reach.NONE;
        }
        return client == null ? Reach.NONE : of(client.getAccessToken().getTokenValue());
    }

    /** The claims of a JWT access token (its payload); a token of any other shape administers nothing. */
    static Reach of(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            return Reach.NONE;
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JacksonException notAJwt) {
            return Reach.NONE;
        }
        boolean platform = RoleTable.ADMIN.equals(claims.path("role").asString(""));
        List<String> councils = claims.path("la").valueStream().map(JsonNode::asString).toList();
        String raa = claims.path("raa").isString() ? claims.path("raa").asString() : null;
        return new Reach(platform || claims.path("administers").asBoolean(false), platform, councils, raa);
    }
}
