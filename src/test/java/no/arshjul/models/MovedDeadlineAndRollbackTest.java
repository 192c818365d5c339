package no.arshjul.models;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static no.arshjul.models.HrModelChanges.TALK;
import static no.arshjul.models.ModelUploads.api;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR moves a deadline: the employee's preparation is due at the talks deadline instead of four weeks
 * before. New talks get the new deadline; a running talk keeps its own until HR migrates it; a roll
 * back gives new talks the old deadline again.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class MovedDeadlineAndRollbackTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    AppraisalService appraisals;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
    }

    @Test
    void newTalksGetTheMovedDeadlineRunningOnesWhenMigratedAndRollBackRestoresIt() {
        String before = appraisalTalkIn(deploy(files(TALK, HrModelChanges.talk())));
        String running = start("anne", 2711);
        assertThat(preparationDue(running)).isEqualTo(calendar(2711, "prepDeadlineAt"));

        Map moved = deploy(files(TALK, HrModelChanges.talkWithPreparationDueAtTalksDeadline()));
        assertThat((List<Map>) ((Map) moved.get("check")).get("changes")).extracting(c -> c.get("description"))
                .contains("Endret brukeroppgave «prepare-employee»: frist: ${prepDeadlineAt} → ${talksDeadlineAt}.",
                        "Endret grensehendelse «prep-overdue»: tidsur: dato ${prepDeadlineAt} → dato ${talksDeadlineAt}.");
        String after = appraisalTalkIn(moved);

        String fresh = start("per", 2712);
        assertThat(preparationDue(fresh)).isEqualTo(calendar(2712, "talksDeadlineAt"));
        assertThat(escalationAt(fresh)).isEqualTo(calendar(2712, "talksDeadlineAt"));
        assertThat(escalationAt(running)).as("a running talk keeps its deadline").isEqualTo(calendar(2711, "prepDeadlineAt"));

        Map migration = http.withBasicAuth("hege", "demo").postForObject("/api/models/migrations",
                Map.of("sourceDefinitionId", before, "targetDefinitionId", after), Map.class);
        ModelUploads.runBatch(managementService, (String) migration.get("batchId"));
        assertThat(escalationAt(running)).as("migrated, its escalation follows the new model")
                .isEqualTo(calendar(2711, "talksDeadlineAt"));

        ResponseEntity<Map> rollback = http.withBasicAuth("hege", "demo")
                .postForEntity("/api/models/versions/" + before + "/rollback", null, Map.class);
        assertThat(rollback.getStatusCode()).as("%s", rollback.getBody()).isEqualTo(HttpStatus.OK);
        String rolledBack = appraisalTalkIn(rollback.getBody());
        assertThat(repositoryService.getProcessDefinition(rolledBack).getVersion())
                .isGreaterThan(repositoryService.getProcessDefinition(after).getVersion());
        assertThat(repositoryService.getDeploymentResourceNames(repositoryService.getProcessDefinition(rolledBack)
                .getDeploymentId())).as("the talk comes back with its forms").contains("forms/appraisal-prep-employee.form");

        String afterRollback = start("kari", 2713);
        assertThat(preparationDue(afterRollback)).isEqualTo(calendar(2713, "prepDeadlineAt"));
        assertThat(escalationAt(afterRollback)).isEqualTo(calendar(2713, "prepDeadlineAt"));
    }

    String start(String employee, int year) {
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        return appraisals.start(employee, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
    }

    Date preparationDue(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("prepare-employee")
                .singleResult().getDueDate();
    }

    Date escalationAt(String instance) {
        return managementService.createJobQuery().processInstanceId(instance).activityId("prep-overdue")
                .singleResult().getDuedate();
    }

    static Date calendar(int year, String variable) {
        return (Date) YearCalendar.defaultsFor(year).appraisalVariables().get(variable);
    }

    Map deploy(Map<String, String> files) {
        ResponseEntity<Map> response = api(http, "hege", "deploy", files);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    static String appraisalTalkIn(Map deployed) {
        return ((List<Map>) deployed.get("definitions")).stream().filter(d -> "appraisal-talk".equals(d.get("key")))
                .findFirst().orElseThrow().get("id").toString();
    }
}
