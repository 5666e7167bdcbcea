package uk.permanence.identity.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signing in with a password: Spring Security's checks (a locked or disabled account is refused before its
 * password is even compared), with each wrong password counted and each right one clearing the count.
 */
@Component
public class LockingAuthentication implements AuthenticationProvider {

    private final People people;
    private final DaoAuthenticationProvider passwords;

    public LockingAuthentication(People people, PasswordEncoder encoder) {
        this.people = people;
        this.passwords = new DaoAuthenticationProvider(people::account);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            people.recordSuccess(username);
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
