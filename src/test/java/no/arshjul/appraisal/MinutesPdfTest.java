package no.arshjul.appraisal;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import no.arshjul.support.BrowserExtension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minutes of a talk as a PDF: the answers in words (topics, whether the talk was held, the
 * employee's feedback, the plan's status), in the reader's language; for the employee and the
 * leaders who may read the case, and for nobody else (HR included).
 */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesPdfTest {

    static final int YEAR = 3320;
    static final String PDF = "/sak/kari/referat/" + YEAR + ".pdf";

    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @BeforeAll
    void kariHasHerMinutesAndAgrees() {
        clockAt(LocalDateTime.of(YEAR, 2, 1, 9, 0));
        String kari = appraisals.start("kari", YearCalendar.defaultsFor(YEAR).talkDeadlines()).getProcessInstanceId();
        complete("kari", List.of("employee"), kari, ValidSubmission.of("appraisal-prep-employee"));
        List<String> leader = List.of("employee", "leader");
        complete("lars", leader, kari, ValidSubmission.of("appraisal-prep-leader"));
        complete("lars", leader, kari, ValidSubmission.of("appraisal-schedule", "talkDate", YEAR + "-03-10"));
        complete("lars", leader, kari, ValidSubmission.of("appraisal-minutes", "talkDate", YEAR + "-03-10",
                "talkHeld", "HELD", "topics", List.of("MEDARBEIDERSKAP", "PROFESSIONAL_DEVELOPMENT"),
                "summary", "Kari vil ta mer ansvar for opplæring av nyansatte.",
                "measures", List.of(ValidSubmission.listItem("appraisal-minutes", "measures",
                        "title", "Kurs i sårbehandling", "responsible", "lars", "dueDate", YEAR + "-09-01"))));
        complete("kari", List.of("employee"), kari, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));
        ClockUtil.reset();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theEmployeeReadsTheMinutesInWords() throws IOException {
        String text = pdfText("kari", PDF, null);

        assertThat(text).contains("Referat fra medarbeidersamtalen " + YEAR, "Kari Nordmann", "Fjordvik sykehjem",
                "Kari vil ta mer ansvar for opplæring av nyansatte.", "Medarbeiderskap, Faglig utvikling", "Holdt",
                "Enig", "Kurs i sårbehandling", "01.09." + YEAR, "10.03." + YEAR);
        assertThat(text).doesNotContain("MEDARBEIDERSKAP", "PROFESSIONAL_DEVELOPMENT", "HELD", "AGREED", "PLANNED");
    }

    @Test
    void inEnglishWhenThePersonChoseEnglish() throws IOException {
        assertThat(pdfText("kari", PDF, "en")).contains("Minutes of the appraisal talk " + YEAR, "Employeeship", "Held");
    }

    @Test
    void theLeaderMayReadItButNotAColleagueTheLeadersLeaderNorHr() throws IOException {
        assertThat(pdfText("lars", PDF, null)).contains("Kurs i sårbehandling");

        // HR reaches a person's minutes only through innsyn, which the access log records; no role alone opens them
        for (String other : List.of("per", "siri", "tone", "hege")) {
            ResponseEntity<String> refused = http.withBasicAuth(other, "demo").getForEntity(PDF, String.class);
            assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aYearWithoutATalkIsNotFound() {
        ResponseEntity<String> none = http.withBasicAuth("kari", "demo").getForEntity("/sak/kari/referat/" + (YEAR + 5) + ".pdf",
                String.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void minSidePrintsTheMinutesWithoutMenuOrButtons() {
        Page kari = BrowserExtension.loggedIn(port, "kari");
        kari.navigate("/min-side?year=" + YEAR);
        assertThat(kari.getByText("Skriv ut")).isVisible();
        assertThat(kari.getByText("Last ned som PDF").first()).hasAttribute("href", PDF);

        kari.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(kari.locator("header.site-header")).isHidden();
        assertThat(kari.locator("nav")).isHidden();
        for (Locator button : kari.locator("button").all()) {
            assertThat(button).isHidden();
        }
        assertThat(kari.getByText("Kari vil ta mer ansvar for opplæring av nyansatte.")).isVisible();
        kari.context().close();
    }

    private String pdfText(String user, String path, String lang) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        if (lang != null) {
            headers.add(HttpHeaders.COOKIE, "arshjul-lang=" + lang);
        }
        ResponseEntity<byte[]> response = http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private void complete(String user, List<String> groups, String instance, Map<String, Object> values) {
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Engine.as(identityService, user, groups, () -> taskService.complete(task, values));
    }
}
