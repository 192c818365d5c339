package no.arshjul.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The municipality's OpenID Connect provider, set by environment only (ARSHJUL_OIDC_ISSUER_URI,
 * ARSHJUL_OIDC_CLIENT_ID, ...). Without an issuer, single sign-on is off and only local passwords log in.
 *
 * @param issuerUri     the provider's issuer; its discovery document gives every endpoint
 * @param clientId      Årshjul's client at the provider
 * @param clientSecret  that client's secret
 * @param usernameClaim the claim that names the person: preferred_username, email, upn or a custom one
 * @param matchField    which employee field that claim's value is compared with
 * @param audience      when set, bearer tokens must name it in "aud" (Entra ID: api://client-id)
 * @param scopes        asked for at log-in
 * @param providerName  shown on the log-in button ("Logg inn med ...")
 */
@ConfigurationProperties("arshjul.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret,
                           @DefaultValue("preferred_username") String usernameClaim,
                           @DefaultValue("USER_ID") MatchField matchField,
                           String audience,
                           @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                           @DefaultValue("kommunens konto") String providerName) {

    /** The employee field the claim is matched against. */
    public enum MatchField { USER_ID, EMAIL }

    static final String REGISTRATION_ID = "arshjul";

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
