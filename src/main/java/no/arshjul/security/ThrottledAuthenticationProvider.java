package no.arshjul.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * The password check of the log-in form and of HTTP Basic, with the log-in throttle in front: a
 * locked name is refused before its password is looked at, and every wrong password counts,
 * for unknown names too (they get the same answers as known ones). While HR has turned local log-in
 * off, passwords are not looked at, except camunda-admin's (break-glass).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final LocalLogIn localLogIn;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts, LocalLogIn localLogIn) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.localLogIn = localLogIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userName = authentication.getName();
        if (attempts.isLocked(userName)) {
            throw new LoginThrottledException();
        }
        if (!localLogIn.allowsPasswordFor(userName)) {
            throw new LocalLogInOffException();
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
