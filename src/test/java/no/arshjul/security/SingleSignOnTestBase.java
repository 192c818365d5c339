package no.arshjul.security;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider (mock-oauth2-server, interactive log-in form on) on a free port,
 * started once for the run, and Årshjul configured against it the way an operator would: issuer,
 * client, the claim that names the person. The tests that extend this share one application context.
 */
abstract class SingleSignOnTestBase {

    static final String ISSUER_ID = "fjordvik";
    static final String CLIENT_ID = "arshjul";

    static final MockOAuth2Server PROVIDER = startProvider();

    private static MockOAuth2Server startProvider() {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("arshjul.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
        properties.add("arshjul.oidc.client-id", () -> CLIENT_ID);
        properties.add("arshjul.oidc.client-secret", () -> "hemmelig");
        properties.add("arshjul.oidc.username-claim", () -> "preferred_username");
        properties.add("arshjul.oidc.audience", () -> CLIENT_ID);
    }

    /** An access token from the provider naming this person, valid for the given seconds (negative: expired). */
    static String tokenFor(String issuerId, String preferredUsername, long validSeconds) {
        return PROVIDER.issueToken(issuerId, CLIENT_ID, new DefaultOAuth2TokenCallback(issuerId,
                "sub-" + preferredUsername, "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", preferredUsername), validSeconds)).serialize();
    }

    static String tokenFor(String preferredUsername) {
        return tokenFor(ISSUER_ID, preferredUsername, 3600);
    }
}
