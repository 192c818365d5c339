package no.arshjul.security;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a provider, local log-in cannot be turned off: nobody could log in. */
@ArshjulTest
class LocalLogInSwitchTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;

    @Test
    void hrCannotTurnLocalLogInOffWithoutAProvider() {
        ResponseEntity<Map> refused = http.withBasicAuth("hege", "demo").exchange("/api/security/log-in", HttpMethod.PUT,
                new HttpEntity<>(Map.of("localLogInEnabled", false)), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail")).contains("ARSHJUL_OIDC_ISSUER_URI");
        assertThat(http.withBasicAuth("hege", "demo").getForObject("/api/security/log-in", Map.class))
                .containsEntry("localLogInEnabled", true).containsEntry("ssoConfigured", false);
        assertThat(identityService.checkPassword("kari", "demo")).isTrue();
    }

    @Test
    void onlyHrSeesOrChangesTheSetting() {
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/security/log-in", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("drift", "demo").exchange("/api/security/log-in", HttpMethod.PUT,
                new HttpEntity<>(Map.of("localLogInEnabled", true)), String.class).getStatusCode())
                .as("operations is not HR").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("hege", "demo").exchange("/api/security/log-in", HttpMethod.PUT,
                new HttpEntity<>(Map.of()), Map.class).getBody().get("detail").toString()).contains("localLogInEnabled");
    }
}
