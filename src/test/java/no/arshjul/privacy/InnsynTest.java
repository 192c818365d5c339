package no.arshjul.privacy;

import no.arshjul.AccessLog;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Innsyn (issue 11, item 5): the export holds the person's profile, talks, plans, measures and
 * access log entries, and nothing of anyone else; HR and the data protection officer export anyone,
 * each person themselves, nobody else anybody.
 */
@ArshjulTest
class InnsynTest {

    static int nextYear = 2800;

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AccessLogService accessLog;

    int year;
    String karisMeasure;
    String persMeasure;
    String leadersNote;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void talksWithPlansForKariAndPer() {
        // The test classes share one in-memory database and pick their own years (NewStepInAppraisalTalkTest
        // gave kari a talk in 2701 and per one in 2702): a year where kari or per already has a talk is skipped.
        do {
            year = nextYear++;
        } while (jdbc.queryForObject("select count(*) from appraisal_talk t join employee e on e.id = t.employee_id"
                + " where e.user_id in ('kari', 'per') and t.talk_year = ?", Integer.class, year) > 0);
        karisMeasure = "Fagskole for Kari " + year;
        persMeasure = "Veiledning for Per " + year;
        leadersNote = "Lars sine egne notater " + year;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        talkWithPlan("kari", karisMeasure);
        talkWithPlan("per", persMeasure);
        http.withBasicAuth("lars", "demo").getForEntity("/sak/kari?year=" + year, String.class);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void hrsExportHoldsKarisRecordsAndNothingOfAnyoneElse() {
        ResponseEntity<String> response = http.withBasicAuth("hege", "demo")
                .getForEntity("/api/privacy/innsyn/kari.json", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        String export = response.getBody();
        assertThat(export)
                .contains("\"first_name\" : \"Kari\"", "kari@fjordvik.kommune.no", "HO-SYKEHJEM")   // profile
                .contains("\"talk_year\" : " + year, "Kari ønsker fagskole " + year)               // talk, minutes
                .contains(karisMeasure, "\"developmentPlan\"", "\"measureFollowUps\"")             // plan, measures
                .contains("\"competenceProfile\"", "\"mappings\"")                                  // competence
                .contains("\"seenBy\"", "\"actor_user_id\" : \"lars\"", "/sak/kari?year=" + year)   // access log
                .contains("\"notifications\"");
        assertThat(export).as("nothing of anyone else")
                .doesNotContain(persMeasure, "Per ønsker fagskole " + year, "per@fjordvik.kommune.no", "\"first_name\" : \"Per\"")
                .as("the leader's own preparation is the leader's").doesNotContain(leadersNote);

        assertThat(accessLog.search("kari", "hege", null, null)).extracting(AccessLog.Entry::what)
                .contains(AccessLog.What.INNSYN_EXPORT);
    }

    @Test
    void thePdfIsReadable() throws IOException {
        ResponseEntity<byte[]> response = http.withBasicAuth("elias.sandvik", "demo")
                .getForEntity("/api/privacy/innsyn/kari.pdf", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Innsyn: Kari Nordmann", "Medarbeidersamtaler", karisMeasure)
                    .doesNotContain(persMeasure);
            // fields and kinds are named in words a person reads, not by the database's column names
            assertThat(text).contains("Utviklingsplan: tiltak", "Ansvarlig", "Fødselsdato")
                    .doesNotContain("talk_year", "responsible_user_id", "developmentPlan");
            assertThat(text).as("what lars saw, in words").contains("Medarbeidersamtalen").doesNotContain("APPRAISAL");
        }
    }

    @Test
    void kariDownloadsHerOwnFromMinSideAndTheDownloadIsNotLogged() {
        TestRestTemplate kari = http.withBasicAuth("kari", "demo");
        ResponseEntity<String> json = kari.getForEntity("/min-side/innsyn.json", String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).contains(karisMeasure).doesNotContain(persMeasure);
        ResponseEntity<byte[]> pdf = kari.getForEntity("/min-side/innsyn.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(kari.getForObject("/min-side", String.class)).contains("/min-side/innsyn.json", "/min-side/innsyn.pdf");

        assertThat(accessLog.search("kari", "kari", null, null)).isEmpty();
    }

    @Test
    void onlyHrAndTheDataProtectionOfficerExportSomeoneElse() {
        for (String user : List.of("kari", "lars", "rita", "tone")) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/privacy/innsyn/per.json", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/privacy/innsyn/per.pdf", String.class)
                    .getStatusCode()).as(user + " pdf").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.withBasicAuth("elias.sandvik", "demo").getForEntity("/api/privacy/innsyn/per.json", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> unknown = http.withBasicAuth("hege", "demo")
                .getForEntity("/api/privacy/innsyn/ingen.slik.json", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void talkWithPlan(String employee, String measure) {
        String talk = appraisals.start(employee, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        String name = employee.equals("kari") ? "Kari" : "Per";
        complete(talk, employee, List.of("employee"), ValidSubmission.of("appraisal-prep-employee"));
        complete(talk, "lars", List.of("employee", "leader"), ValidSubmission.of("appraisal-prep-leader",
                "ldIndications", leadersNote));
        complete(talk, "lars", List.of("employee", "leader"), ValidSubmission.of("appraisal-schedule",
                "talkDate", year + "-03-10"));
        complete(talk, "lars", List.of("employee", "leader"), ValidSubmission.of("appraisal-minutes",
                "summary", name + " ønsker fagskole " + year,
                "measures", List.of(ValidSubmission.listItem("appraisal-minutes", "measures",
                        "title", measure, "responsible", "lars", "dueDate", year + "-12-01"))));
    }

    private void complete(String instance, String user, List<String> groups, Map<String, Object> values) {
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Engine.as(identityService, user, groups, () -> taskService.complete(task, values));
    }
}
