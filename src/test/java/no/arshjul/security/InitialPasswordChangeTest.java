package no.arshjul.security;

import no.arshjul.support.LoggedInSession;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new installation: the first HR user logs in with the initial password from the environment and
 * must replace it before anything else; afterwards only the new one works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:initial-password-test;DB_CLOSE_DELAY=-1",
        "arshjul.bootstrap.units-file=src/test/resources/bootstrap/enheter.csv",
        "arshjul.bootstrap.employees-file=src/test/resources/bootstrap/ansatte.csv",
        "arshjul.bootstrap.roles-file=src/test/resources/bootstrap/roller.csv",
        "arshjul.bootstrap.initial-password=bytt-meg-straks"})
@ActiveProfiles("test")
class InitialPasswordChangeTest {

    static final String INITIAL = "bytt-meg-straks";
    static final String CHOSEN = "Fjordvik-HR-2027!";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @Test
    void theFirstHrUserMustChangeTheInitialPasswordBeforeAnythingElseAndTheOldOneStopsWorking() throws Exception {
        // The API and the engine's REST say what to do instead of answering.
        ResponseEntity<String> api = http.withBasicAuth("hanne", INITIAL).getForEntity("/api/tasks", String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.getBody()).contains("bytte startpassordet").contains("/passord");
        assertThat(http.withBasicAuth("hanne", INITIAL).getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.checkPassword("hanne", INITIAL)).as("Camunda's log-in waits for the change too").isFalse();

        // Every page leads to the change page.
        LoggedInSession hanne = LoggedInSession.logIn(port, "hanne", INITIAL);
        for (String page : new String[] {"/", "/min-side", "/hr"}) {
            HttpResponse<String> response = hanne.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/passord"));
        }
        HttpResponse<String> form = hanne.get("/passord");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Bytt passord").contains("startpassord");

        // Bad input: each says what is wrong, and nothing changes.
        HttpResponse<String> tooShort = change(hanne, INITIAL, "kort", "kort");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("minst 12 tegn");
        HttpResponse<String> wrongOld = change(hanne, "feil-passord", CHOSEN, CHOSEN);
        assertThat(wrongOld.statusCode()).isEqualTo(400);
        assertThat(wrongOld.body()).contains("Nåværende passord er feil");
        HttpResponse<String> mismatch = change(hanne, INITIAL, CHOSEN, CHOSEN + "x");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("De to nye passordene er ikke like");
        assertThat(hanne.get("/").statusCode()).as("nothing changed: still to change").isEqualTo(302);

        HttpResponse<String> chosen = change(hanne, INITIAL, CHOSEN, CHOSEN);
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/passord"));

        assertThat(hanne.get("/").statusCode()).as("the inbox opens now").isEqualTo(200);
        assertThat(http.withBasicAuth("hanne", INITIAL).getForEntity("/api/tasks", String.class).getStatusCode())
                .as("the initial password stops working").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("hanne", CHOSEN).getForEntity("/api/tasks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(identityService.checkPassword("hanne", CHOSEN)).isTrue();
        assertThat(identityService.checkPassword("hanne", INITIAL)).isFalse();
    }

    @Test
    void theNewPasswordMustDifferFromTheOld() throws Exception {
        LoggedInSession drift = LoggedInSession.logIn(port, "drift", INITIAL);
        HttpResponse<String> same = change(drift, INITIAL, INITIAL, INITIAL);
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("et annet enn det gamle");
        assertThat(drift.get("/").statusCode()).as("still to change").isEqualTo(302);
    }

    private static HttpResponse<String> change(LoggedInSession session, String current, String chosen, String repeated)
            throws Exception {
        return session.submit("/passord", "/passord", "currentPassword=" + enc(current) + "&newPassword=" + enc(chosen)
                + "&repeatPassword=" + enc(repeated));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
