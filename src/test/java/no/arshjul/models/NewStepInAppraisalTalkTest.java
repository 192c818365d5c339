package no.arshjul.models;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import no.arshjul.forms.FormSubmissionRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.models.HrModelChanges.HMS_FORM;
import static no.arshjul.models.HrModelChanges.TALK;
import static no.arshjul.models.ModelUploads.api;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/**
 * HR adds a step for the verneombud to the appraisal talk at run time: new talks pass through it,
 * and a talk that is already running is migrated to the new version and goes through it too.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class NewStepInAppraisalTalkTest {

    static final List<String> EMPLOYEE = List.of("employee");
    static final List<String> LEADER = List.of("employee", "leader");

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    FormSubmissionRepository submissions;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
    }

    @Test
    void newTalksPassThroughTheNewStepAndARunningTalkIsMigratedToIt() {
        // This year's talks run on a version of their own, so only they are migrated.
        deploy(files(TALK, HrModelChanges.talk()));
        ProcessInstance running = start("kari", 2701);
        complete(running, "kari", EMPLOYEE, ValidSubmission.of("appraisal-prep-employee"));
        assertThat(running).isWaitingAt("prepare-leader");
        String oldVersion = running.getProcessDefinitionId();

        Map deployed = deploy(files(TALK, HrModelChanges.talkWithHmsStep(), HMS_FORM, HrModelChanges.hmsForm()));
        assertThat((List<Map>) ((Map) deployed.get("check")).get("changes"))
                .extracting(c -> c.get("type"), c -> c.get("elementId"))
                .contains(org.assertj.core.groups.Tuple.tuple("ADDED", "hms-review"),
                        org.assertj.core.groups.Tuple.tuple("CHANGED", "flow-to-schedule-talk"));
        String newVersion = ((List<Map>) deployed.get("definitions")).stream()
                .filter(d -> "appraisal-talk".equals(d.get("key"))).findFirst().orElseThrow().get("id").toString();

        ProcessInstance fresh = start("per", 2702);
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(newVersion);
        holdTalkThroughHmsStep(fresh, "per");
        assertThat(fresh).hasPassed("hms-review").isEnded();

        Map plan = post("/api/models/migrations/plan", oldVersion, newVersion);
        assertThat((List<Map>) plan.get("instances")).singleElement().satisfies(instance -> {
            assertThat(instance.get("processInstanceId")).isEqualTo(running.getId());
            assertThat(instance.get("migratable")).isEqualTo(true);
            assertThat((List<String>) instance.get("activities")).containsExactly("prepare-leader");
        });
        Map started = post("/api/models/migrations", oldVersion, newVersion);
        assertThat(started.get("finished")).isEqualTo(false);
        ModelUploads.runBatch(managementService, (String) started.get("batchId"));
        Map result = http.withBasicAuth("hege", "demo")
                .getForObject("/api/models/migrations/" + started.get("batchId"), Map.class);
        assertThat(result).containsEntry("finished", true).containsEntry("migrated", 1);
        assertThat((String) result.get("summary")).startsWith("Ferdig: 1 av 1 instanser er flyttet");

        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(newVersion);
        holdTalkThroughHmsStep(running, "kari");
        assertThat(running).hasPassed("prepare-employee", "hms-review").isEnded();
        assertThat(submissions.findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(running.getId(), "appraisal-hms-review")
                .orElseThrow().getData()).contains("\"hmsRisk\":\"YES\"");
    }

    /** From the leader's preparation, through the new step, to the end of a talk without measures. */
    void holdTalkThroughHmsStep(ProcessInstance talk, String employee) {
        if (taskAt(talk).getTaskDefinitionKey().equals("prepare-employee")) {
            complete(talk, employee, EMPLOYEE, ValidSubmission.of("appraisal-prep-employee"));
        }
        complete(talk, "lars", LEADER, ValidSubmission.of("appraisal-prep-leader"));
        assertThat(talk).isWaitingAt("hms-review");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(taskAt(talk)).isAssignedTo("lars")
                .hasName("Gå gjennom HMS med verneombudet");
        complete(talk, "lars", LEADER, Map.of("hmsRisk", "YES", "hmsNotes", "Tunge løft på nattevakt"));
        assertThat(talk).isWaitingAt("schedule-talk");
        complete(talk, "lars", LEADER, ValidSubmission.of("appraisal-schedule"));
        complete(talk, "lars", LEADER, ValidSubmission.of("appraisal-minutes", "measures", List.of()));
        complete(talk, employee, EMPLOYEE, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));
    }

    ProcessInstance start(String employee, int year) {
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String id = appraisals.start(employee, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    Task taskAt(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    void complete(ProcessInstance instance, String user, List<String> groups, Map<String, Object> values) {
        String task = taskAt(instance).getId();
        Engine.as(identityService, user, groups, () -> taskService.complete(task, values));
    }

    Map deploy(Map<String, String> files) {
        ResponseEntity<Map> response = api(http, "hege", "deploy", files);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    Map post(String url, String source, String target) {
        ResponseEntity<Map> response = http.withBasicAuth("hege", "demo").postForEntity(url,
                Map.of("sourceDefinitionId", source, "targetDefinitionId", target), Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response.getBody()).isTrue();
        return response.getBody();
    }
}
