package no.arshjul.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many wrong passwords for this user name lately; said the same way whether the user exists or not.
 * What the person reads is {@code login.locked} in the message files; this message is for the log.
 */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed log-ins for this user name");
    }
}
