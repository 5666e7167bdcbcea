package uk.permanence.identity.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.RequiredAuthoritiesRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signing in with a password: Spring Security's checks (a locked or disabled account is refused before its
 * password is even compared), with each wrong password counted. A right one clears the count only when it completes
 * the sign-in: for a person who must also give a second-factor code, the right code does, so that wrong codes
 * between right passwords still add up to a lockout.
 */
@Component
public class LockingAuthentication implements AuthenticationProvider {

    private final People people;
    private final DaoAuthenticationProvider passwords;
    private final RequiredAuthoritiesRepository requiredFactors;

    public LockingAuthentication(People people, PasswordEncoder encoder,
                                 RequiredAuthoritiesRepository requiredFactors) {
        this.people = people;
        this.requiredFactors = requiredFactors;
        this.passwords = new DaoAuthenticationProvider(people::account);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            if (requiredFactors.findRequiredAuthorities(username).stream()
                    .allMatch(FactorGrantedAuthority.PASSWORD_AUTHORITY::equals)) {
                people.recordSuccess(username);
            }
            return signedIn;
        } catch (BadCredentialsException wrongPassword) {
            people.recordFailure(username);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
