package no.arshjul.engine;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A model that never went through the upload check (deployed straight through the engine here, as
 * one written into the database behind Årshjul's back would be) cannot run code: the step fails
 * with an incident, and what the expression would have done did not happen.
 */
@ArshjulTest
class ExpressionGuardTest {

    static final String DEPLOYMENT = "expression-guard-test";
    static final String PROPERTY = "arshjul.guard.test";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @AfterEach
    void removeDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        System.clearProperty(PROPERTY);
    }

    @Test
    void reflectionThroughGetClassFailsTheStepAndSetsNothing() {
        String instance = runStep("${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), "
                + "''.getClass()).invoke(null, '" + PROPERTY + "', 'yes')}", Map.of());

        assertThat(incidentMessage(instance)).contains("«getClass()» er ikke tillatt");
        assertThat(System.getProperty(PROPERTY)).isNull();
    }

    @Test
    void theEngineBehindTheExecutionIsOutOfReach() {
        String instance = runStep("${execution.getProcessEngineServices().getRuntimeService()"
                + ".setVariable(execution.getId(), 'pwned', true)}", Map.of());

        assertThat(incidentMessage(instance)).contains("«getProcessEngineServices()» er ikke tillatt");
        assertThat(runtimeService.getVariable(instance, "pwned")).isNull();
    }

    @Test
    void theEngineAsAPropertyIsOutOfReachToo() {
        String instance = runStep("${execution.processEngine.runtimeService.setVariable(execution.id, 'pwned', true)}",
                Map.of());

        assertThat(incidentMessage(instance)).contains("«processEngine» er ikke tillatt");
        assertThat(runtimeService.getVariable(instance, "pwned")).isNull();
    }

    @Test
    void beansOutsideTheAllowListAreNotResolvedByName() {
        String instance = runStep("${execution.setVariable('submissions', formSubmissionRepository.count())}", Map.of());

        assertThat(incidentMessage(instance)).contains("formSubmissionRepository");
        assertThat(runtimeService.getVariable(instance, "submissions")).isNull();
    }

    @Test
    void anAllowListedBeanOffersOnlyItsListedMethods() {
        String instance = runStep("${execution.setVariable('leadersType', leaders.toString())}", Map.of());

        assertThat(incidentMessage(instance)).contains("«leaders.toString()» er ikke tillatt");
        assertThat(runtimeService.getVariable(instance, "leadersType")).isNull();
    }

    @Test
    void variablesAndAllowListedBeansStillWork() {
        String instance = runStep("${execution.setVariable('leader', leaders.of(employee.toString()))}",
                Map.of("employee", "anne"));

        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).list())
                .extracting(Incident::getIncidentMessage).isEmpty();
        Object leader = runtimeService.getVariable(instance, "leader");
        assertThat(leader).as("the variable the step set").isNotNull();
        assertThat((String) leader).isNotBlank().isNotEqualTo("anne");
    }

    @Test
    void spinsFunctionsAreStillRegistered() {
        assertThatCode(() -> engineConfiguration.getExpressionManager().createExpression("${S('{}')}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> engineConfiguration.getExpressionManager().createExpression("${notAFunction('{}')}"))
                .as("an unknown function does not parse, so the line above proves S is there").isInstanceOf(RuntimeException.class);
    }

    /**
     * Deploys a process whose one asynchronous step evaluates the expression (then waits, so its variables
     * can be read), starts it and runs the job until it gives up.
     */
    String runStep(String expression, Map<String, Object> variables) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="guard-definitions" targetNamespace="https://arshjul.no/bpmn">
                  <bpmn:process id="expression-guard" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="to-step" sourceRef="start" targetRef="step" />
                    <bpmn:serviceTask id="step" camunda:asyncBefore="true" camunda:expression="%s" />
                    <bpmn:sequenceFlow id="to-stop" sourceRef="step" targetRef="stop" />
                    <bpmn:receiveTask id="stop" />
                    <bpmn:sequenceFlow id="to-end" sourceRef="stop" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(expression);
        repositoryService.createDeployment().name(DEPLOYMENT).addString("expression-guard.bpmn", xml).deploy();
        String instance = runtimeService.startProcessInstanceByKey("expression-guard", variables).getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
            if (job == null || job.getRetries() == 0) {
                break;
            }
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // The job fails; the engine counts down its retries and raises an incident at zero.
            }
        }
        return instance;
    }

    String incidentMessage(String instance) {
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident).as("an incident on the step").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("step");
        return incident.getIncidentMessage();
    }
}
