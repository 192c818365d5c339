package no.arshjul.cycle;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The årshjul on its real model: HR starts the year, sets its calendar, everyone is launched, the plan work follows the calendar. */
@ArshjulTest
class AnnualCycleProcessTest {

    /** HR without Camunda admin rights, so the test shows what the hr group's grants allow. */
    static final List<String> HR = List.of("hr", "employee");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void useThisEngineForAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        List.of(2031, 2033).forEach(year -> deleteYear(runtimeService, year));
    }

    ProcessInstance startAsHr(int year) {
        String id = Engine.as(identityService, "hege", HR,
                () -> cycles.start(YearCalendar.defaultsFor(year), "hege").getProcessInstanceId());
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    @Test
    void hrStartsTheYearSetsTheCalendarAndThePlanWorkFollowsIt() {
        clockAt(LocalDateTime.of(2031, 1, 5, 9, 0));
        ProcessInstance cycle = startAsHr(2031);

        assertThat(cycle).isStarted().isWaitingAt("set-calendar");
        assertThat(task(cycle)).hasCandidateGroup("hr").hasName("Fastsett årets kalender");
        assertThat(cycle).variables().containsEntry("mappingDeadline", "2031-03-31");
        Task task = Engine.as(identityService, "hege", HR,
                () -> taskService.createTaskQuery().processInstanceBusinessKey("2031").singleResult());
        Engine.as(identityService, "hege", HR,
                () -> taskService.complete(task.getId(), YearCalendar.defaultsFor(2031).formValues()));

        // the launch waits for the morning the mapping opens
        assertThat(cycle).hasPassed("set-calendar", "plan-year").isWaitingAt("launch-opens");
        org.assertj.core.api.Assertions.assertThat(managementService.createJobQuery().processInstanceId(cycle.getId())
                .activityId("launch-opens").singleResult().getDuedate())
                .isEqualTo(YearCalendar.defaultsFor(2031).launchAt());
        clockAt(LocalDateTime.of(2031, 1, 15, 7, 59));
        org.assertj.core.api.Assertions.assertThat(fireDueJobs(managementService, cycle.getId())).isZero();
        assertThat(cycle).isWaitingAt("launch-opens");
        clockAt(LocalDateTime.of(2031, 1, 15, 8, 0, 1));
        fireDueJobs(managementService, cycle.getId());
        assertThat(cycle).hasPassed("launch-opens", "plan-launch").isWaitingAt("launch-batch");
        // one launch-batch instance per batch of 50 (136 people), each waiting for its own job
        List<ProcessInstance> batches = runtimeService.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .processDefinitionKey("launch-batch").list();
        org.assertj.core.api.Assertions.assertThat(batches).hasSize(3)
                .allSatisfy(b -> org.assertj.core.api.Assertions.assertThat(b.getBusinessKey()).isEqualTo("2031"));
        org.assertj.core.api.Assertions.assertThat(batches).extracting(b -> runtimeService.getVariable(b.getId(), "batchNo"))
                .containsExactlyInAnyOrder(0, 1, 2);
        for (ProcessInstance batch : batches) {
            assertThat(batch).isWaitingAt("launch-employees");
            fireDueJobs(managementService, batch.getId());
            assertThat(batch).hasPassed("launch-employees", "batch-launched").isEnded();
        }
        assertThat(cycle).isWaitingAt("launch-batch");
        fireDueJobs(managementService, cycle.getId());
        assertThat(cycle).hasPassed("launch-batch", "summarise-launch")
                .isWaitingAt("evaluate-last-plan", "skup-work-starts");
        assertThat(calledProcessInstance("plan-evaluation", cycle)).isWaitingAt("evaluate-sector-plan");
        org.assertj.core.api.Assertions.assertThat(calledProcessInstance("plan-evaluation", cycle).getBusinessKey()).isEqualTo("2030");

        clockAt(LocalDateTime.of(2031, 4, 1, 8, 30));
        fireDueJobs(managementService, cycle.getId());
        assertThat(cycle).isWaitingAt("evaluate-last-plan", "develop-skup");
        assertThat(calledProcessInstance("skup", cycle)).isWaitingAt("submit-sector-input");
        org.assertj.core.api.Assertions.assertThat(calledProcessInstance("skup", cycle).getBusinessKey()).isEqualTo("2032");
    }

    @Test
    void anEmployeeCannotStartTheYear() {
        assertThatThrownBy(() -> Engine.as(identityService, "kari", List.of("employee"),
                () -> runtimeService.startProcessInstanceByKey("annual-cycle", "2032")))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void anEmployeeNeitherSeesNorCompletesTheCalendarTask() {
        ProcessInstance cycle = startAsHr(2033);
        String taskId = task(cycle).getId();

        long visibleToKari = Engine.as(identityService, "kari", List.of("employee"),
                () -> taskService.createTaskQuery().processInstanceId(cycle.getId()).count());
        org.assertj.core.api.Assertions.assertThat(visibleToKari).isZero();
        assertThatThrownBy(() -> Engine.as(identityService, "kari", List.of("employee"),
                () -> taskService.complete(taskId, YearCalendar.defaultsFor(2033).formValues())))
                .isInstanceOf(AuthorizationException.class);
        assertThat(cycle).isWaitingAt("set-calendar");
    }
}
