package uk.permanence.identity.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Signing out of the web app ({@code /connect/logout} with the ID token) ends the person's session here and also
 * removes the authorization it was issued with, so that its refresh token can no longer get access tokens.
 */
class SignOut implements LogoutHandler {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final OAuth2AuthorizationService authorizations;
    private final SecurityContextLogoutHandler session = new SecurityContextLogoutHandler();

    SignOut(OAuth2AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication instanceof OidcLogoutAuthenticationToken signOut)) {
            return;
        }
        OidcIdToken idToken = signOut.getIdToken();
        if (idToken != null) {
            OAuth2Authorization authorization = authorizations.findByToken(idToken.getTokenValue(), ID_TOKEN);
            if (authorization != null) {
                authorizations.remove(authorization);
            }
        }
        if (signOut.isPrincipalAuthenticated()) {
            session.logout(request, response, (Authentication) signOut.getPrincipal());
        }
    }
}
