package no.arshjul.security;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five wrong passwords for a name within 15 minutes lock that name for 15 minutes, over the log-in
 * form, HTTP Basic and the engine's password check (Camunda's webapps), whether the name exists or
 * not. The clock is set in the past, so the locks these names get are over when the test ends.
 */
@ArshjulTest
class LoginThrottleTest {

    static final LocalDateTime START = LocalDateTime.of(2001, 3, 1, 9, 0);

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @BeforeEach
    void setClock() {
        clockAt(START);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void basicAuthIsRefusedWith429AfterFiveWrongPasswordsUntilTheLockIsOver() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(basic("sander.nilsen", "feil").getStatusCode()).as("attempt " + attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> sixth = basic("sander.nilsen", "feil");
        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getHeaders().getFirst("Retry-After")).isEqualTo("900");
        assertThat(sixth.getBody()).contains("For mange mislykkede innlogginger");
        assertThat(basic("sander.nilsen", "demo").getStatusCode()).as("the right password while locked")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(http.withBasicAuth("sander.nilsen", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).as("engine-rest shares the lock").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(identityService.checkPassword("sander.nilsen", "demo")).as("so do Camunda's webapps").isFalse();

        clockAt(START.plusMinutes(14));
        assertThat(basic("sander.nilsen", "demo").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        clockAt(START.plusMinutes(16));
        assertThat(basic("sander.nilsen", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnknownNameGetsTheSameAnswersAsAKnownOne() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(basic("finnes.ikke", "feil").getStatusCode()).as("attempt " + attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> sixth = basic("finnes.ikke", "feil");
        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getBody()).contains("For mange mislykkede innlogginger");
    }

    @Test
    void aPersonWhoChoseEnglishIsToldInEnglish() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            basic("finnes.ikke.heller", "feil");
        }
        HttpHeaders english = new HttpHeaders();
        english.add(HttpHeaders.COOKIE, "arshjul-lang=en");
        ResponseEntity<String> sixth = http.withBasicAuth("finnes.ikke.heller", "feil")
                .exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(english), String.class);

        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getBody()).isEqualTo("Too many failed log-ins. Wait a while and try again.");
    }

    @Test
    void theLogInFormSaysSoAfterFiveWrongPasswordsAndLetsThePersonInAfterTheLock() throws Exception {
        for (String user : new String[] {"sara.hagen", "heller.ikke.her"}) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(formLogIn(user, "feil")).as(user + " attempt " + attempt).endsWith("/login?error");
            }
            assertThat(formLogIn(user, "feil")).as(user).endsWith("/login?locked");
        }
        assertThat(formLogIn("sara.hagen", "demo")).as("the right password while locked").endsWith("/login?locked");
        assertThat(http.getForEntity("/login?locked", String.class).getBody())
                .contains("For mange mislykkede innlogginger. Vent en stund og prøv igjen.");

        clockAt(START.plusMinutes(16));
        assertThat(formLogIn("sara.hagen", "demo")).doesNotContain("/login");
    }

    @Test
    void wrongPasswordsSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int attempt = 0; attempt < 8; attempt++) {
            clockAt(START.plusMinutes(4L * attempt));
            assertThat(basic("sander.berge", "feil").getStatusCode()).as("attempt " + attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(basic("sander.berge", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> basic(String user, String password) {
        return http.withBasicAuth(user, password).getForEntity("/api/tasks", String.class);
    }

    /** Logs in through the form as a browser does; returns where the log-in sends the person. */
    private String formLogIn(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
