package no.arshjul.security;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Once single sign-on works, HR turns local passwords off; camunda-admin keeps its own as break-glass. */
@ArshjulTest
class SingleSignOnLocalLogInTest extends SingleSignOnTestBase {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @Test
    void hrTurnsLocalLogInOffAndOnlyBreakGlassAndTheProviderGetIn() throws Exception {
        assertThat(http.withBasicAuth("kari", "demo").exchange("/api/security/log-in", HttpMethod.PUT,
                json(Map.of("localLogInEnabled", false), null), String.class).getStatusCode())
                .as("not for kari").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> off = http.withBasicAuth("hege", "demo").exchange("/api/security/log-in", HttpMethod.PUT,
                json(Map.of("localLogInEnabled", false), null), Map.class);
        try {
            assertThat(off.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(off.getBody()).containsEntry("localLogInEnabled", false).containsEntry("changedBy", "hege");

            assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/tasks", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.withBasicAuth("hege", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(identityService.checkPassword("kari", "demo")).as("Camunda's own log-in").isFalse();
            assertThat(formLogIn("kari", "demo")).endsWith("/login?localOff");
            assertThat(http.getForObject("/login?localOff", String.class)).contains("Innlogging med passord er slått av");

            // Break-glass: operations still get in with their password, everywhere.
            assertThat(http.withBasicAuth("drift", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(identityService.checkPassword("drift", "demo")).isTrue();
            assertThat(formLogIn("drift", "demo")).doesNotContain("/login");

            // The provider's people are not affected.
            assertThat(http.exchange("/api/tasks", HttpMethod.GET, json(null, tokenFor("kari")), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            ResponseEntity<Map> on = http.exchange("/api/security/log-in", HttpMethod.PUT,
                    json(Map.of("localLogInEnabled", true), tokenFor("hege")), Map.class);
            assertThat(on.getStatusCode()).as("HR turns it on again with the provider's log-in").isEqualTo(HttpStatus.OK);
        }
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/tasks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static HttpEntity<Object> json(Object body, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return new HttpEntity<>(body, headers);
    }

    /** Posts the log-in form as a browser does; returns where it sends the person. */
    private String formLogIn(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
