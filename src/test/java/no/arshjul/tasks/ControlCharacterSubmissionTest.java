package no.arshjul.tasks;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.forms.FormSubmissionRepository;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text with NUL or other control characters is refused at the field, on Årshjul's API and on
 * /engine-rest submit-form (Camunda Tasklist), in the language the person chose; a text area keeps
 * its tabs and line breaks.
 */
@ArshjulTest
class ControlCharacterSubmissionTest {

    static final String WISHES_LABEL = "Kompetanse jeg ønsker eller trenger";

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    FormSubmissionRepository submissions;

    static int nextYear = 2300;
    Task task;

    @BeforeEach
    void annePreparesHerTalk() {
        int year = nextYear++;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void arshjulApiRefusesANulCharacterNamingTheField() {
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity("/api/tasks/" + task.getId()
                + "/complete", ValidSubmission.of("appraisal-prep-employee", "pdWishes", "Kurs\u0000 i demens"), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("pdWishes");
            assertThat((String) e.get("message")).startsWith("«" + WISHES_LABEL + "» inneholder kontrolltegn");
        });
        assertTaskOpenAndNothingStored();
    }

    @Test
    void engineRestSubmitFormRefusesAnEscapeCharacter() {
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", SubmissionValidationTest.typed(
                        ValidSubmission.of("appraisal-prep-employee", "wsWorksWell", "Bra\u001B[31m team"))), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("inneholder kontrolltegn")
                .contains("Ingenting er lagret");
        assertTaskOpenAndNothingStored();
    }

    @Test
    void engineRestAnswersInEnglishForSomeoneWhoChoseEnglish() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "arshjul-lang=en");
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", new HttpEntity<>(Map.of("variables",
                        SubmissionValidationTest.typed(ValidSubmission.of("appraisal-prep-employee", "pdWishes",
                                "Kurs\u0000"))), headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("contains control characters")
                .contains("Nothing has been saved");
        assertTaskOpenAndNothingStored();
    }

    @Test
    void aTextAreaKeepsTabsAndLineBreaks() {
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity("/api/tasks/" + task.getId()
                + "/complete", ValidSubmission.of("appraisal-prep-employee", "pdWishes", "Kurs:\r\n\tdemens\n\tsår"), Map.class);

        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(submissions.findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(task.getProcessInstanceId(),
                "appraisal-prep-employee").orElseThrow().getData()).contains("Kurs:\\r\\n\\tdemens\\n\\tsår");
    }

    private void assertTaskOpenAndNothingStored() {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(submissions.countByProcessInstanceId(task.getProcessInstanceId())).as("nothing stored").isZero();
    }
}
