package no.arshjul.planning;

import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** HR follows up a measure on /skup/{year}/tiltak: a refusal is shown at the field, a save shows in the history. Years 3210–3219. */
@ArshjulTest
class SkupMeasurePageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
    private static int nextYear = 3210;

    @Autowired
    TestRestTemplate http;
    @Autowired
    SkupPlanRepository plans;
    @Autowired
    SkupMeasureChangeRepository changes;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void hrSavesStatusAndSpendOnThePageAndARefusalIsShownAtTheField() {
        int year = nextYear++;
        long measure = new SkupMeasurePlans(plans, transactions).plan(year, true, "Fagbrev for assistenter", 250_000).get(0);
        ResponseEntity<String> page = http.withBasicAuth("hege", "demo").getForEntity("/skup/" + year + "/tiltak", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Oppfølging av tiltakene i SKUP " + year, "Fagbrev for assistenter",
                ">Planlagt<", ">Pågår<", ">Gjennomført<", ">Avlyst<", "/skup/" + year + "/tertial/1.pdf");
        String[] session = session("hege");

        ResponseEntity<String> refused = post("hege", year, measure, session, "IN_PROGRESS", "-500", "Feil fortegn");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Forbruket kan ikke være negativt.")
                .containsPattern("id=\"spent-" + measure + "\"[^>]*aria-invalid=\"true\"")
                .contains("value=\"-500\"");
        assertThat(changes.countByPlanYear(year)).isZero();

        ResponseEntity<String> saved = post("hege", year, measure, session, "IN_PROGRESS", "12 500,50", "Første kull");
        // the client follows the redirect back to the page, which says what was saved
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).contains("Lagret: Fagbrev for assistenter.");
        String after = http.withBasicAuth("rita", "demo").getForObject("/skup/" + year + "/tiltak", String.class);
        assertThat(after).containsPattern("<td>Pågår</td>\\s*<td class=\"num\">250 000</td>\\s*<td class=\"num\">12 500</td>")
                .contains("Planlagt → Pågår", "0 → 12 500", "Første kull")
                .as("the rådmann reads, but gets no form").doesNotContain("name=\"spentNok\"");
        assertThat(after.replaceAll("<[^>]*>", " ")).doesNotContain("IN_PROGRESS", "PLANNED");
        assertThat(changes.countByPlanYear(year)).isEqualTo(1);
    }

    @Test
    void onlyHrMayPostTheForm() {
        int year = nextYear++;
        long measure = new SkupMeasurePlans(plans, transactions).plan(year, true, "Fagbrev for assistenter", 250_000).get(0);
        // with their own session and CSRF token, so it is the role that refuses them
        for (String user : List.of("kari", "lars", "rita")) {
            ResponseEntity<String> answer = post(user, year, measure, session(user), "DONE", "1", null);
            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(changes.countByPlanYear(year)).isZero();
    }

    @Test
    void theAdoptedPlanLinksToItsFollowUpForThoseWhoMayReadIt() {
        int year = nextYear++;
        new SkupMeasurePlans(plans, transactions).plan(year, true, "Fagbrev for assistenter", 250_000);
        String link = "href=\"/skup/" + year + "/tiltak\"";

        assertThat(http.withBasicAuth("hege", "demo").getForObject("/skup/" + year, String.class)).contains(link);
        assertThat(http.withBasicAuth("rita", "demo").getForObject("/skup/" + year, String.class)).contains(link);
        assertThat(http.withBasicAuth("kari", "demo").getForObject("/skup/" + year, String.class))
                .contains("Fagbrev for assistenter").doesNotContain(link);
        ResponseEntity<byte[]> pdf = http.withBasicAuth("hege", "demo").getForEntity("/skup/" + year + ".pdf", byte[].class);
        assertThat(pdf.getStatusCode()).as("the plan's PDF has no link").isEqualTo(HttpStatus.OK);
    }

    @Test
    void aYearWithoutAPlanOrATertialThatDoesNotExistIsNotAServerError() {
        TestRestTemplate hr = http.withBasicAuth("hege", "demo");
        assertThat(hr.getForEntity("/skup/3249/tiltak", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hr.getForEntity("/skup/3249/tertial/1", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        int year = nextYear++;
        new SkupMeasurePlans(plans, transactions).plan(year, true, "Fagbrev for assistenter", 250_000);
        assertThat(hr.getForEntity("/skup/" + year + "/tertial/4", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(hr.getForEntity("/skup/" + year + "/tertial/4.pdf", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void hrsDashboardLinksAnAdoptedPlanToItsFollowUpAndADraftToNone() {
        int adopted = nextYear++;
        int draft = nextYear++;
        new SkupMeasurePlans(plans, transactions).plan(adopted, true, "Fagbrev for assistenter", 250_000);
        new SkupMeasurePlans(plans, transactions).plan(draft, false, "Veiledning for nyansatte", 80_000);
        TestRestTemplate hr = http.withBasicAuth("hege", "demo");
        assertThat(skupLine(hr.getForObject("/hr?year=" + adopted, String.class), adopted))
                .contains("href=\"/skup/" + adopted + "/tiltak\"", "Oppfølging av tiltakene");
        assertThat(skupLine(hr.getForObject("/hr?year=" + draft, String.class), draft)).doesNotContain("/tiltak");
    }

    private static String skupLine(String page, int planYear) {
        Matcher line = Pattern.compile("<li data-plan-year=\"" + planYear + "\">(.*?)</li>", Pattern.DOTALL).matcher(page);
        assertThat(line.find()).as("the line of SKUP " + planYear).isTrue();
        return line.group(1);
    }

    /** A session of the user's, from the home page: its cookies and its CSRF token. */
    private String[] session(String user) {
        ResponseEntity<String> home = http.withBasicAuth(user, "demo").getForEntity("/", String.class);
        String cookies = String.join("; ", home.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";", 2)[0]).toList());
        return new String[] {cookies, csrf(home.getBody())};
    }

    private ResponseEntity<String> post(String user, int year, long measure, String[] session, String status, String spent,
                                        String comment) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, session[0]);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", session[1]);
        form.add("status", status);
        form.add("spentNok", spent);
        form.add("comment", comment);
        return http.withBasicAuth(user, "demo").exchange("/skup/" + year + "/tiltak/" + measure, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the page has a CSRF token").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
