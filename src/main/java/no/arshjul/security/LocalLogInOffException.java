package no.arshjul.security;

import org.springframework.security.core.AuthenticationException;

/** A password log-in while HR has turned local log-in off (camunda-admin excepted). */
class LocalLogInOffException extends AuthenticationException {

    LocalLogInOffException() {
        super("Log-in with a local password is turned off; log in through the municipality's provider");
    }
}
