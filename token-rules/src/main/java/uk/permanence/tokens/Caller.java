package uk.permanence.tokens;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a verified token speaks for: its subject, one role, and the tenant (councils, an RAA or a VAA), read under the
 * {@link ClaimNames claim names} configured for the identity provider. The same reading at the gateway and in every
 * service. A token naming several roles, or none, gives the caller no role at all, so no route.
 */
public record Caller(String subject, String role, List<String> councils, String raa, String vaa) {

    public static Caller of(Jwt token, ClaimNames names) {
        List<String> roles = token.getClaimAsStringList(names.role());
        List<String> councils = token.getClaimAsStringList(names.councils());
        return new Caller(token.getSubject(), roles == null || roles.size() != 1 ? null : roles.get(0),
                councils == null ? List.of() : List.copyOf(councils), token.getClaimAsString(names.raa()),
                token.getClaimAsString(names.vaa()));
    }

    /** The caller's one role as Spring Security's {@code ROLE_<role>}, or nothing. */
    public List<GrantedAuthority> authorities() {
        return role == null ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
