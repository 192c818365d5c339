package no.arshjul.engine;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.forms.FormSubmissionRepository;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /engine-rest refuses with a 4xx and a Norwegian message where Camunda would answer 500 or do
 * something Årshjul cannot live with; a refused call leaves the task open and nothing stored.
 */
@ArshjulTest
@ExtendWith(OutputCaptureExtension.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class EngineRestRefusalsTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    FormSubmissionRepository submissions;

    static int nextYear = 2170;
    Task task;

    @BeforeEach
    void annePreparesHerTalk() {
        int year = nextYear++;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(task.getAssignee()).isEqualTo("anne");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSerializedJavaObjectIsRefusedWith400() {
        Map<String, Object> variables = typed(ValidSubmission.of("appraisal-prep-employee"));
        variables.put("pdWishes", Map.of("type", "Object", "value", "rO0ABXQABGtvcnM=",
                "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
                        "application/x-java-serialized-object")));

        ResponseEntity<Map> response = submitForm("anne", variables);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("«pdWishes»").contains("serialisert Java-objekt");
        assertTaskOpenWithAnneAndNothingStored();
    }

    @Test
    void aJsonVariableThatIsNotJsonIsRefusedWith400() {
        Map<String, Object> variables = typed(ValidSubmission.of("appraisal-prep-employee"));
        variables.put("mbFocusAreas", Map.of("type", "Json", "value", "[\"OPEN"));

        ResponseEntity<Map> response = submitForm("anne", variables);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("ikke gyldig JSON");
        assertTaskOpenWithAnneAndNothingStored();
    }

    @Test
    void unreadableJsonAndAValueOfTheWrongTypeAre400InNorwegian() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("anne", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> unreadable = http.exchange("/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST,
                new HttpEntity<>("{\"variables\": {\"pdWishes\": {\"value\": \"abc", headers), Map.class);
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unreadable.getBody().get("message")).contains("gyldig JSON");

        Map<String, Object> variables = typed(ValidSubmission.of("appraisal-prep-employee"));
        variables.put("wsPositionPct", Map.of("type", "Integer", "value", "åtti"));
        ResponseEntity<Map> wrongType = submitForm("anne", variables);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) wrongType.getBody().get("message")).startsWith("Variabelen har en verdi som ikke kan brukes");
        assertTaskOpenWithAnneAndNothingStored();
    }

    @Test
    void aTaskOfARunningProcessCannotBeDeleted() {
        for (String user : List.of("anne", "kari", "hege")) {
            ResponseEntity<Map> response = http.withBasicAuth(user, "demo")
                    .exchange("/engine-rest/task/" + task.getId(), HttpMethod.DELETE, null, Map.class);

            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) response.getBody().get("message")).as(user).isNotBlank();
        }
        assertTaskOpenWithAnneAndNothingStored();
    }

    @Test
    void resolvingATaskThatWasNeverDelegatedIsRefusedAndTheTaskStaysInTheInbox() {
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/resolve",
                Map.of("variables", typed(ValidSubmission.of("appraisal-prep-employee"))), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("ikke delegert");
        assertTaskOpenWithAnneAndNothingStored();
        assertThat((List<Map<String, Object>>) http.withBasicAuth("anne", "demo").getForObject("/api/tasks", List.class))
                .extracting(t -> t.get("id")).contains(task.getId());
    }

    @Test
    void aDelegatedTaskIsResolvedOnlyWithAValidForm() {
        taskService.delegateTask(task.getId(), "kari");

        Map<String, Object> bad = new LinkedHashMap<>(ValidSubmission.of("appraisal-prep-employee"));
        bad.remove("pdWishes");
        ResponseEntity<Map> refused = http.withBasicAuth("kari", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/resolve", Map.of("variables", typed(bad)), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("må fylles ut");
        Task stillDelegated = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(stillDelegated.getAssignee()).isEqualTo("kari");
        assertThat(stillDelegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
        assertThat(submissions.countByProcessInstanceId(task.getProcessInstanceId())).isZero();

        ResponseEntity<String> resolved = http.withBasicAuth("kari", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/resolve",
                Map.of("variables", typed(ValidSubmission.of("appraisal-prep-employee"))), String.class);
        assertThat(resolved.getStatusCode()).as("%s", resolved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Task back = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(back.getAssignee()).isEqualTo("anne");
        assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    }

    @Test
    void completingATaskThatIsAlreadyDoneIs404() {
        Map<String, Object> variables = typed(ValidSubmission.of("appraisal-prep-employee"));
        assertThat(submitForm("anne", variables).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> again = submitForm("anne", variables);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) again.getBody().get("message")).contains("Oppgaven finnes ikke");
        assertThat(submissions.countByProcessInstanceId(task.getProcessInstanceId())).isEqualTo(1);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        Map<String, Object> variables = typed(ValidSubmission.of("appraisal-prep-employee", "pdWishes", "x".repeat(1_500_000)));

        ResponseEntity<Map> response = submitForm("anne", variables);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat((String) response.getBody().get("message")).contains("for stor");
        assertTaskOpenWithAnneAndNothingStored();
    }

    @Test
    void aRefusedFormIsLoggedAsInformationNotAsAnError(CapturedOutput output) {
        Map<String, Object> bad = new LinkedHashMap<>(ValidSubmission.of("appraisal-prep-employee"));
        bad.remove("pdWishes");

        assertThat(submitForm("anne", typed(bad)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("anne", "demo").postForEntity("/api/tasks/" + task.getId() + "/complete", bad,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(output.getAll()).contains("Form refused: Skjemaet").doesNotContain("ENGINE-16004")
                .doesNotContain("FormValidationException");
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ") && line.contains("engine.context")))
                .isEmpty();
    }

    private ResponseEntity<Map> submitForm(String user, Map<String, Object> variables) {
        return http.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task.getId() + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), Map.class);
    }

    private void assertTaskOpenWithAnneAndNothingStored() {
        Task open = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(open).as("task still open").isNotNull();
        assertThat(open.getAssignee()).isEqualTo("anne");
        assertThat(open.getDelegationState()).isNull();
        assertThat(submissions.countByProcessInstanceId(task.getProcessInstanceId())).as("nothing stored").isZero();
    }

    /** The REST body of variables: {"key": {"value": v}}, lists as Json, as Tasklist sends them. */
    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                typed.put(k, Map.of("type", "Json", "value", json(list)));
            } else {
                typed.put(k, Map.of("value", v));
            }
        });
        return typed;
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
