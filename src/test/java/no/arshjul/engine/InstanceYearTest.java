package no.arshjul.engine;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model reads {@code ${year}} whether the instance holds it as a variable or only in its business
 * key ({@code 3413:10004}), as the mapping and the talk do: in a step, in a task's name and in a
 * task listener. A year variable of the instance's own wins; an instance with neither has no year.
 */
@ArshjulTest
class InstanceYearTest {

    private static final String DEPLOYMENT = "instance-year-test";
    private static final String PROCESS = "instance-year";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void deploy() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="instance-year-definitions" targetNamespace="https://arshjul.no/bpmn">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="to-step" sourceRef="start" targetRef="step" />
                    <bpmn:serviceTask id="step" camunda:expression="${execution.setVariable('stepYear', year)}" />
                    <bpmn:sequenceFlow id="to-task" sourceRef="step" targetRef="task" />
                    <bpmn:userTask id="task" name="Oppgave ${year}">
                      <bpmn:extensionElements>
                        <camunda:taskListener event="create" expression="${task.setVariableLocal('taskYear', year)}" />
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="to-end" sourceRef="task" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(PROCESS);
        repositoryService.createDeployment().name(DEPLOYMENT).addString("instance-year.bpmn", xml).deploy();
    }

    @AfterEach
    void removeDeployment() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void anInstanceWithoutAYearVariableReadsTheYearItsBusinessKeyStartsWith() {
        String instance = runtimeService.startProcessInstanceByKey(PROCESS, "3413:10004").getId();

        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(runtimeService.getVariable(instance, "stepYear")).isEqualTo(3413);
        assertThat(task.getName()).isEqualTo("Oppgave 3413");
        assertThat(taskService.getVariableLocal(task.getId(), "taskYear")).isEqualTo(3413);
        assertThat(runtimeService.getVariable(instance, ProcessYear.VARIABLE)).as("still no variable").isNull();
    }

    @Test
    void aYearVariableOfTheInstancesOwnWins() {
        String instance = runtimeService.startProcessInstanceByKey(PROCESS, "3413:10004",
                Map.of(ProcessYear.VARIABLE, 3414)).getId();

        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(runtimeService.getVariable(instance, "stepYear")).isEqualTo(3414);
        assertThat(task.getName()).isEqualTo("Oppgave 3414");
        assertThat(taskService.getVariableLocal(task.getId(), "taskYear")).isEqualTo(3414);
    }

    @Test
    void anInstanceWhoseBusinessKeyNamesNoYearHasNone() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS, "no-year:10004"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("year");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("no-year:10004").count())
                .as("nothing half started").isZero();
    }
}
