package no.arshjul.cycle;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The first version of the årshjul: HR starts the year and sets its calendar. */
@ArshjulTest
class AnnualCycleProcessTest {

    /** HR without Camunda admin rights, so the test shows what the hr group's grants allow. */
    static final List<String> HR = List.of("hr", "employee");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void useThisEngineForAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void hrStartsTheYearAndSetsTheCalendar() {
        ProcessInstance cycle = Engine.as(identityService, "hege", HR,
                () -> runtimeService.startProcessInstanceByKey("annual-cycle", "2031"));

        assertThat(cycle).isStarted().isWaitingAt("set-calendar");
        assertThat(task(cycle)).hasCandidateGroup("hr").hasName("Fastsett årets kalender");
        Task task = Engine.as(identityService, "hege", HR,
                () -> taskService.createTaskQuery().processInstanceBusinessKey("2031").singleResult());
        assertThat(task).isNotNull();

        Engine.as(identityService, "hege", HR, () -> taskService.complete(task.getId(),
                ValidSubmission.of("annual-cycle-calendar", "year", 2031, "mappingDeadline", "2031-03-31")));

        assertThat(cycle).hasPassed("set-calendar").isEnded();
        assertThat(cycle).variables().contains(Map.entry("year", 2031), Map.entry("mappingDeadline", "2031-03-31"));
    }

    @Test
    void anEmployeeCannotStartTheYear() {
        assertThatThrownBy(() -> Engine.as(identityService, "kari", List.of("employee"),
                () -> runtimeService.startProcessInstanceByKey("annual-cycle", "2032")))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void anEmployeeNeitherSeesNorCompletesTheCalendarTask() {
        ProcessInstance cycle = Engine.as(identityService, "hege", HR,
                () -> runtimeService.startProcessInstanceByKey("annual-cycle", "2033"));
        String taskId = task(cycle).getId();

        long visibleToKari = Engine.as(identityService, "kari", List.of("employee"),
                () -> taskService.createTaskQuery().processInstanceId(cycle.getId()).count());
        org.assertj.core.api.Assertions.assertThat(visibleToKari).isZero();
        assertThatThrownBy(() -> Engine.as(identityService, "kari", List.of("employee"),
                () -> taskService.complete(taskId, ValidSubmission.of("annual-cycle-calendar"))))
                .isInstanceOf(AuthorizationException.class);
        assertThat(cycle).isWaitingAt("set-calendar");
    }
}
