package no.arshjul.tasks;

import no.arshjul.forms.FormSubmission;
import no.arshjul.forms.FormSubmissionRepository;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side validation on every completion path: /engine-rest submit-form and complete (what
 * Camunda Tasklist and scripts use) and Årshjul's own API. A refused submission leaves the task
 * open and nothing stored.
 */
@ArshjulTest
class SubmissionValidationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    FormSubmissionRepository submissions;

    static int nextYear = 2100;
    Task task;

    @BeforeEach
    void annePreparesHerTalk() {
        int year = nextYear++;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String instance = appraisals.start("anne", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("prepare-employee");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Map<String, Object> valid(Object... overrides) {
        return ValidSubmission.of("appraisal-prep-employee", overrides);
    }

    static Map<String, Object> without(String key) {
        Map<String, Object> values = new LinkedHashMap<>(valid());
        values.remove(key);
        return values;
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                Arguments.of("missing required", without("pdWishes"), "pdWishes", "må fylles ut"),
                Arguments.of("too long", valid("pdWishes", "x".repeat(4001)), "pdWishes", "høyst 4000 tegn"),
                Arguments.of("wrong type", valid("wsPositionPct", "åtti"), "wsPositionPct", "må være et tall"),
                Arguments.of("number out of range", valid("wsPositionPct", 140), "wsPositionPct", "høyst 100"),
                Arguments.of("option not in the list", valid("mbColleague", "7"), "mbColleague", "ikke et av valgene"),
                Arguments.of("script text", valid("pdWishes", "<script>alert('x')</script>"), "pdWishes", "HTML"),
                Arguments.of("html text", valid("wsWorksWell", "<img src=x onerror=alert(1)>"), "wsWorksWell", "HTML"),
                Arguments.of("unknown field", valid("salary", 900000), "salary", "Ukjent felt"));
    }

    @ParameterizedTest(name = "engine-rest submit-form: {0}")
    @MethodSource("badSubmissions")
    @SuppressWarnings("unchecked")
    void engineRestSubmitFormRefusesBadInput(String kind, Map<String, Object> values, String field, String message) {
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed(values)), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains(message);
        assertTaskOpenAndNothingStored();
    }

    @ParameterizedTest(name = "engine-rest complete: {0}")
    @MethodSource("badSubmissions")
    void engineRestCompleteRefusesBadInput(String kind, Map<String, Object> values, String field, String message) {
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed(values)), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertTaskOpenAndNothingStored();
    }

    @ParameterizedTest(name = "Årshjul API: {0}")
    @MethodSource("badSubmissions")
    @SuppressWarnings("unchecked")
    void arshjulApiRefusesBadInputNamingTheField(String kind, Map<String, Object> values, String field, String message) {
        ResponseEntity<Map> response = http.withBasicAuth("anne", "demo").postForEntity(
                "/api/tasks/" + task.getId() + "/complete", values, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("field")).isEqualTo(field);
            assertThat((String) e.get("message")).contains(message);
        });
        assertTaskOpenAndNothingStored();
    }

    @Test
    void aGoodSubmissionThroughEngineRestIsStoredWholeAndKeepsPersonalAnswersOutOfProcessVariables() {
        Map<String, Object> values = valid("pdWishes", "Kurs i <3 sårbehandling & demens", "wsPositionPct", 40);

        ResponseEntity<String> response = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed(values)), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        FormSubmission stored = submissions.findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(
                task.getProcessInstanceId(), "appraisal-prep-employee").orElseThrow();
        assertThat(stored.getData()).contains("Kurs i <3 sårbehandling & demens");
        assertThat(stored.getSubmittedBy()).isEqualTo("anne");
        assertThat(stored.getFormVersion()).isPositive();
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).doesNotContainKeys("pdWishes", "wsPositionPct");
    }

    @Test
    void tasklistStyleJsonListsAreAcceptedAndChecked() {
        String firstFocusArea = ValidSubmission.component("appraisal-prep-employee", "mbFocusAreas")
                .path("values").get(0).path("value").asText();

        ResponseEntity<String> bad = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", typed(valid("mbFocusAreas", List.of(firstFocusArea, "NOT_AN_AREA")))), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> good = http.withBasicAuth("anne", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", typed(valid("mbFocusAreas", List.of(firstFocusArea)))), String.class);
        assertThat(good.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submissions.findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(task.getProcessInstanceId(),
                "appraisal-prep-employee").orElseThrow().getData()).contains(firstFocusArea);
    }

    @Test
    void aTaskCompletedMeanwhileGivesAClearMessage() {
        http.withBasicAuth("anne", "demo").postForEntity("/api/tasks/" + task.getId() + "/complete", valid(), Map.class);

        ResponseEntity<Map> again = http.withBasicAuth("anne", "demo")
                .postForEntity("/api/tasks/" + task.getId() + "/complete", valid(), Map.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) again.getBody().get("message")).contains("finnes ikke lenger");
    }

    private void assertTaskOpenAndNothingStored() {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(submissions.countByProcessInstanceId(task.getProcessInstanceId())).as("nothing stored").isZero();
    }

    /** The REST body of variables: {"key": {"value": v}}, as Tasklist sends them. */
    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                typed.put(k, Map.of("type", "Json", "value", toJson(list)));
            } else {
                typed.put(k, Map.of("value", v));
            }
        });
        return typed;
    }

    private static String toJson(List<?> list) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(list);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
