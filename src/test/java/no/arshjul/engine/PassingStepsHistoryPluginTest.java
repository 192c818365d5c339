package no.arshjul.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real engines on one in-memory H2 database each: what the activity history keeps of a case with a
 * start event, both kinds of gateway, a timer, a task and an end event, with Årshjul's level and with
 * Camunda's own 'activity'.
 */
class PassingStepsHistoryPluginTest {

    private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("passing-steps")
            .startEvent("started")
            .exclusiveGateway("which-way")
            .parallelGateway("split")
            .userTask("task")
            .parallelGateway("join")
            .moveToNode("split").serviceTask("service").camundaExpression("${true}").connectTo("join")
            .intermediateCatchEvent("wait").timerWithDuration("PT0S")
            .userTask("last-task")
            .endEvent("ended")
            .done();

    private final String url = "jdbc:h2:mem:passing-steps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final List<ProcessEngine> engines = new ArrayList<>();

    @AfterEach
    void close() {
        engines.forEach(ProcessEngine::close);
    }

    @Test
    void startEventsAndGatewaysLeaveNoActivityHistory() {
        ProcessEngine engine = build(new PassingStepsHistoryPlugin());

        List<String> passed = walk(engine);

        assertThat(passed).containsExactlyInAnyOrder("task", "service", "wait", "last-task", "ended");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().singleResult().getStartActivityId())
                .as("the instance's own history still says where it started").isEqualTo("started");
    }

    @Test
    void camundasOwnLevelKeepsThemAll() {
        List<String> passed = walk(build());

        assertThat(passed).contains("started", "which-way", "split", "join")
                .contains("task", "service", "wait", "last-task", "ended");
    }

    @Test
    void aDatabaseWrittenAtCamundasLevelStartsWithArshjulsAndBack() {
        build().close();
        engines.clear();

        ProcessEngine lean = build(new PassingStepsHistoryPlugin());
        assertThat(lean.getManagementService().getProperties()).containsEntry("historyLevel", "1");
        assertThat(((ProcessEngineConfigurationImpl) lean.getProcessEngineConfiguration()).getHistoryLevel())
                .isInstanceOf(PassingStepsHistoryPlugin.WithoutPassingSteps.class);
        lean.close();
        engines.clear();

        assertThat(build().getManagementService().getProperties()).containsEntry("historyLevel", "1");
    }

    /** Starts the model and completes its tasks; returns the activity history, start to end. */
    private List<String> walk(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().addModelInstance("passing-steps.bpmn", MODEL).deploy();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("passing-steps");
        completeTask(engine, instance, "task");
        String timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult().getId();
        engine.getManagementService().executeJob(timer);
        completeTask(engine, instance, "last-task");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("the case ran to its end").isZero();
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    private static void completeTask(ProcessEngine engine, ProcessInstance instance, String key) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).singleResult().getId());
    }

    private ProcessEngine build(ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl(url);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        // a name of its own, so the engines of the Spring tests in the same JVM are not replaced
        configuration.setProcessEngineName("passing-steps-" + UUID.randomUUID());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(plugins));
        ProcessEngine engine = configuration.buildProcessEngine();
        engines.add(engine);
        return engine;
    }
}
