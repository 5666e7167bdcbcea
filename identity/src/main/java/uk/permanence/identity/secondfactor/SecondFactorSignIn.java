package uk.permanence.identity.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.authorization.RequiredAuthoritiesAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The second factor in the sign-in, with Spring Security's multi-factor support: the authorization endpoint requires,
 * on top of being signed in, the factors {@link SecondFactorRequirement} asks of the person (the password and a TOTP
 * code, or nothing more). A person signed in with the password alone is sent to {@link #PAGE} (or its enrolment
 * page first) before any authorization code is issued; the code posted there adds {@code FACTOR_TOTP} to the same
 * sign-in, and the browser goes on to the authorization it was on.
 */
@Component
public class SecondFactorSignIn {

    public static final String PAGE = "/login/second-factor";
    public static final String ENROLMENT_PAGE = PAGE + "/enrol";

    private final SecondFactors secondFactors;
    private final SecondFactorRequirement requirement;
    private final Clock clock;

    SecondFactorSignIn(SecondFactors secondFactors, SecondFactorRequirement requirement, Clock clock) {
        this.secondFactors = secondFactors;
        this.requirement = requirement;
        this.clock = clock;
    }

    /**
     * In the authorization server's chain, before its other rules: {@code endpoint} (the authorization endpoint) needs
     * the person's required factors, and a sign-in missing the code is sent to {@link #PAGE}.
     */
    public void requireAt(HttpSecurity http, String endpoint) {
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factors =
                new DefaultAuthorizationManagerFactory<>();
        factors.setAdditionalAuthorization(new RequiredAuthoritiesAuthorizationManager<>(requirement));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(endpoint))
                        .access(factors.authenticated()))
                .exceptionHandling(refusals -> refusals.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(PAGE), SecondFactorRequirement.TOTP_AUTHORITY));
    }

    /** In the sign-in chain: takes the code posted to {@link #PAGE}. */
    public void acceptCodes(HttpSecurity http) {
        http.with(new Codes(), configurer -> { });
    }

    private class Codes extends AbstractHttpConfigurer<Codes, HttpSecurity> {

        @Override
        public void configure(HttpSecurity http) {
            CodeFilter filter = new CodeFilter();
            filter.setAuthenticationManager(SecondFactorSignIn.this::checkCode);
            // merges the code's factor into the password's sign-in (the same person), as Spring's MFA support does
            filter.setMfaEnabled(true);
            SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
            if (contexts != null) {
                filter.setSecurityContextRepository(contexts);
            }
            SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
            if (sessions != null) {
                filter.setSessionAuthenticationStrategy(sessions);
            }
            SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
            RequestCache requests = http.getSharedObject(RequestCache.class);
            if (requests != null) {
                onwards.setRequestCache(requests);
            }
            filter.setAuthenticationSuccessHandler(onwards);
            filter.setAuthenticationFailureHandler(SecondFactorSignIn::refused);
            http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
        }
    }

    /** A wrong or reused code: back to the page to try again; a locked account or no password first: the login form. */
    private static void refused(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException failure) throws IOException {
        RedirectStrategy redirects = new DefaultRedirectStrategy();
        if (failure instanceof BadCredentialsException) {
            redirects.sendRedirect(request, response, PAGE + "?error");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirects.sendRedirect(request, response, "/login?error");
    }

    private class CodeFilter extends AbstractAuthenticationProcessingFilter {

        CodeFilter() {
            super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PAGE));
        }

        @Override
        public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (current == null || !current.isAuthenticated() || current.getAuthorities().stream()
                    .noneMatch(held -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(held.getAuthority()))) {
                throw new InsufficientAuthenticationException("Sign in with the password first");
            }
            return getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    current.getPrincipal(), request.getParameter("code")));
        }
    }

    /** The person signed in with the password, and the code they gave as the credentials. */
    private Authentication checkCode(Authentication attempt) {
        secondFactors.verify(attempt.getName(), (String) attempt.getCredentials());
        return UsernamePasswordAuthenticationToken.authenticated(attempt.getPrincipal(), null,
                List.of(FactorGrantedAuthority.withAuthority(SecondFactorRequirement.TOTP_AUTHORITY)
                        .issuedAt(clock.instant()).build()));
    }
}
