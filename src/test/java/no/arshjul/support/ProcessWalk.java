package no.arshjul.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Base for walking a real model path by path with camunda-bpm-assert: assertions bound to this
 * context's engine, tasks completed as a given person, and the engine's clock reset after each test.
 */
@ArshjulTest
public abstract class ProcessWalk {

    protected static final List<String> EMPLOYEE = List.of("employee");
    protected static final List<String> LEADER = List.of("employee", "leader");

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected IdentityService identityService;

    @BeforeEach
    void bindAssertionsToThisEngine() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Completes the instance's one open task as the person. */
    protected void completeAs(String user, List<String> groups, ProcessInstance instance, Map<String, Object> values) {
        completeAs(user, groups, task(instance), values);
    }

    protected void completeAs(String user, List<String> groups, Task task, Map<String, Object> values) {
        Engine.as(identityService, user, groups, () -> taskService.complete(task.getId(), values));
    }
}
