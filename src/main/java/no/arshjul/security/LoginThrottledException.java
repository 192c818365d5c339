package no.arshjul.security;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords for this user name lately; said the same way whether the user exists or not. */
class LoginThrottledException extends AuthenticationException {

    static final String MESSAGE = "For mange mislykkede innlogginger. Vent en stund og prøv igjen.";

    LoginThrottledException() {
        super(MESSAGE);
    }
}
