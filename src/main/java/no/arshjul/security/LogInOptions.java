package no.arshjul.security;

import org.springframework.stereotype.Component;

/** What the log-in page offers: the provider's log-in when single sign-on is configured, the password form. */
@Component("logInOptions")
public class LogInOptions {

    private final OidcSettings settings;

    LogInOptions(OidcSettings settings) {
        this.settings = settings;
    }

    public boolean isSso() {
        return settings.enabled();
    }

    public String getProviderName() {
        return settings.providerName();
    }
}
