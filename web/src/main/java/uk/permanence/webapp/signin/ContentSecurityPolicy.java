package uk.permanence.webapp.signin;

import java.net.URI;
import uk.permanence.webapp.WebProperties;

/**
 * Every page's Content-Security-Policy: scripts, styles, fonts and images from this origin only, no inline script
 * or style, no framing, and forms posting only here or to the identity service (sign-out goes on to its
 * {@code /connect/logout}).
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(WebProperties web) {
        URI identity = URI.create(web.publicUrl());
        String identityOrigin = identity.getScheme() + "://" + identity.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + identityOrigin;
    }
}
