package no.arshjul.web;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's own apps (Tasklist, Cockpit, Admin and the welcome page) do not show the community
 * edition's red English "migrate to Camunda 8" banner: each app loads its user stylesheet
 * (app/&lt;app&gt;/styles/user-styles.css), and Årshjul's, served in place of Camunda's empty one, hides it.
 */
@ArshjulTest
class CamundaBannerTest {

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
    void everyAppServesTheStylesheetThatHidesTheBanner(String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
        assertThat(page.getBody()).as("the app loads its user stylesheet").contains("app/" + app + "/styles/user-styles.css");

        ResponseEntity<String> styles = http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);

        assertThat(styles.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(styles.getBody().replaceAll("\\s+", " ")).contains(".ce-eol-banner { display: none !important; }");
    }
}
