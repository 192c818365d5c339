package no.arshjul.appraisal;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may NOT see or do what with an appraisal, through the engine's REST API and Årshjul's API:
 * colleagues, leaders of other units, union representatives and the rådmann see nothing individual.
 */
@ArshjulTest
class AppraisalPrivacyTest {

    static int nextYear = 2200;

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    int year;
    Task karisTask;
    Task persTask;

    @BeforeEach
    void talksForKariPerAndEva() {
        year = nextYear++;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        karisTask = firstTask(appraisals.start("kari", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId());
        persTask = firstTask(appraisals.start("per", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId());
        appraisals.start("eva", YearCalendar.defaultsFor(year).talkDeadlines());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aColleagueCannotReadOrCompleteSomeoneElsesTask() {
        TestRestTemplate kari = http.withBasicAuth("kari", "demo");

        assertThat(kari.getForEntity("/engine-rest/task/" + persTask.getId(), String.class).getStatusCode().is2xxSuccessful())
                .isFalse();
        assertThat(kari.getForObject("/engine-rest/task?processInstanceId=" + persTask.getProcessInstanceId(), List.class))
                .isEmpty();
        assertThat(kari.getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + persTask.getProcessInstanceId(),
                List.class)).isEmpty();
        assertThat(kari.postForEntity("/engine-rest/task/" + persTask.getId() + "/submit-form",
                Map.of("variables", Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(kari.postForEntity("/api/tasks/" + persTask.getId() + "/complete",
                ValidSubmission.of("appraisal-prep-employee"), String.class).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService.createTaskQuery().taskId(persTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void aColleagueCannotReadSomeoneElsesRecords() {
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/appraisals/" + year + "/per", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("kari", "demo").getForEntity("/api/appraisals/" + year + "/kari", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLeaderSeesHisOwnUnitAndNoOther() {
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/api/appraisals/" + year + "/kari", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("lars", "demo").getForEntity("/api/appraisals/" + year + "/eva", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("nils", "demo").getForEntity("/api/appraisals/" + year + "/eva", String.class)
                .getStatusCode()).as("eva's own leader").isEqualTo(HttpStatus.OK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void unionRepresentativesAndTheRadmannGetNoIndividualContent() {
        for (String user : List.of("tone", "rita", "hege")) {
            TestRestTemplate client = http.withBasicAuth(user, "demo");
            assertThat(client.getForEntity("/api/appraisals/" + year + "/kari", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            if (!user.equals("hege")) { // hege is Camunda admin as well as HR: the engine lets admins see all
                List<Map<String, Object>> tasks = client.getForObject("/engine-rest/task?processDefinitionKey=appraisal-talk",
                        List.class);
                assertThat(tasks).as(user + " sees only her own talk, if any").allSatisfy(t ->
                        assertThat(t.get("assignee")).isEqualTo(user));
                assertThat(client.getForObject("/engine-rest/process-instance?processDefinitionKey=appraisal-talk",
                        List.class)).as(user).isEmpty();
                assertThat(client.getForObject("/engine-rest/variable-instance?processInstanceIdIn="
                        + karisTask.getProcessInstanceId(), List.class)).as(user).isEmpty();
            }
        }
    }

    @Test
    void theEmployeeDoesNotSeeTheLeadersOwnPreparation() {
        Engine.as(identityService, "kari", List.of("employee"),
                () -> taskService.complete(karisTask.getId(), ValidSubmission.of("appraisal-prep-employee")));
        Task leaderTask = firstTask(karisTask.getProcessInstanceId());
        Engine.as(identityService, "lars", List.of("employee", "leader"), () -> taskService.complete(leaderTask.getId(),
                ValidSubmission.of("appraisal-prep-leader", "ldIndications", "Snakk om turnus og fagskole")));

        Map<?, ?> asLeader = http.withBasicAuth("lars", "demo").getForObject("/api/appraisals/" + year + "/kari", Map.class);
        Map<?, ?> asEmployee = http.withBasicAuth("kari", "demo").getForObject("/api/appraisals/" + year + "/kari", Map.class);

        assertThat(((Map<?, ?>) ((Map<?, ?>) asLeader.get("talk")).get("leaderPreparation")).get("ldIndications"))
                .isEqualTo("Snakk om turnus og fagskole");
        assertThat(((Map<?, ?>) asEmployee.get("talk")).get("leaderPreparation")).isNull();
        assertThat(((Map<?, ?>) asEmployee.get("talk")).get("employeePreparation")).isNotNull();
        Task next = firstTask(karisTask.getProcessInstanceId());
        assertThat(Engine.as(identityService, "lars", List.of("employee", "leader"),
                () -> taskService.getVariables(next.getId()))).doesNotContainKey("ldIndications");
    }

    @Test
    void anAssigneeCannotWriteProcessVariablesPastTheForm() {
        ResponseEntity<String> response = http.withBasicAuth("kari", "demo").exchange(
                "/engine-rest/task/" + karisTask.getId() + "/variables/employeeUserId", HttpMethod.PUT,
                new HttpEntity<>(Map.of("value", "per")), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.getVariable(karisTask.getId(), "employeeUserId"))
                .as("no variable that would stand in for the person the business key names").isNull();
    }

    private Task firstTask(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
