package no.arshjul.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * The password check of the log-in form and of HTTP Basic, with the log-in throttle in front: a
 * locked name is refused before its password is looked at, and every wrong password counts,
 * for unknown names too (they get the same answers as known ones).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userName = authentication.getName();
        if (attempts.isLocked(userName)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            attempts.succeeded(userName);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            attempts.failed(userName);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
