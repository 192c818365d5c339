package no.arshjul.security;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.security.HrIsNotAdministratorTest.json;
import static no.arshjul.security.HrIsNotAdministratorTest.restVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A group task someone has taken is theirs: another member of the group may not complete it, on any path. */
@ArshjulTest
class ClaimedGroupTaskTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;

    @Test
    void anotherMemberCannotCompleteATaskTheFirstHasClaimed() {
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        String plan = planAtTheConsultation(people, 2071);
        Task consultation = task(plan, "record-consultation");
        Map<String, Object> answers = ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT");

        assertThat(http.withBasicAuth("tone", "demo").postForEntity("/api/tasks/" + consultation.getId() + "/claim",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        TestRestTemplate marit = http.withBasicAuth("marit", "demo");
        assertThat(marit.postForEntity("/api/tasks/" + consultation.getId() + "/complete", json(answers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(marit.postForEntity("/engine-rest/task/" + consultation.getId() + "/complete",
                json(Map.of("variables", restVariables(answers))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(marit.postForEntity("/engine-rest/task/" + consultation.getId() + "/submit-form",
                json(Map.of("variables", restVariables(answers))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> people.complete("marit", consultation, answers))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("tatt av tone");
        assertThat(task(plan, "record-consultation").getAssignee()).as("still open and tone's").isEqualTo("tone");

        people.complete("tone", consultation, answers);
        assertThat(task(plan, "approve-skup")).isNotNull();
    }

    @Test
    void theRefusalIsInEnglishForAMemberWhoChoseEnglish() {
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        String plan = planAtTheConsultation(people, 2073);
        Task consultation = task(plan, "record-consultation");
        Map<String, Object> answers = ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT");
        http.withBasicAuth("tone", "demo").postForEntity("/api/tasks/" + consultation.getId() + "/claim", null, String.class);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(HttpHeaders.COOKIE, "arshjul-lang=en");
        ResponseEntity<Map> refused = http.withBasicAuth("marit", "demo").postForEntity(
                "/engine-rest/task/" + consultation.getId() + "/complete",
                new HttpEntity<>(Map.of("variables", restVariables(answers)), headers), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message"))
                .contains("has been taken by tone. Only the person who took the task may complete it.");
        assertThat(task(plan, "record-consultation").getAssignee()).isEqualTo("tone");
    }

    @Test
    void anUnclaimedGroupTaskIsStillOpenToEveryMember() {
        TaskDriver people = new TaskDriver(taskService, identityService, organisation);
        String plan = planAtTheConsultation(people, 2072);

        people.complete("marit", task(plan, "record-consultation"),
                ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));

        assertThat(task(plan, "approve-skup")).isNotNull();
    }

    private String planAtTheConsultation(TaskDriver people, int planYear) {
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(planYear - 1).planVariables());
        variables.put("planYear", planYear);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        String plan = runtimeService.startProcessInstanceByKey("skup", String.valueOf(planYear), variables).getId();
        people.complete("siri", task(plan, "submit-sector-input"), ValidSubmission.of("skup-sector-input"));
        people.complete("hege", task(plan, "draft-skup"), ValidSubmission.of("skup-draft", "periodFrom", planYear, "periodTo", planYear + 3));
        people.complete("siri", task(plan, "forum-review"), ValidSubmission.of("skup-forum-review"));
        people.complete("rita", task(plan, "radmann-direction"), ValidSubmission.of("skup-direction"));
        people.complete("hege", task(plan, "finalise-skup"), ValidSubmission.of("skup-draft", "periodFrom", planYear, "periodTo", planYear + 3));
        return plan;
    }

    private Task task(String plan, String key) {
        return taskService.createTaskQuery().processInstanceId(plan).taskDefinitionKey(key).singleResult();
    }
}
