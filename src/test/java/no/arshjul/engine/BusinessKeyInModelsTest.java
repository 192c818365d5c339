package no.arshjul.engine;

import no.arshjul.organisation.OrganisationService;
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
 * A model reads {@code ${year}} and {@code ${employeeUserId}} whether the instance holds them as
 * variables or only in its business key ({@code 3413:10004}: year and employee number), as the
 * mapping and the talk do: in a step, in a task's name or assignee and in a task listener. A variable
 * of the instance's own wins; an instance whose key names neither has neither.
 */
@ArshjulTest
class BusinessKeyInModelsTest {

    private static final String DEPLOYMENT = "instance-year-test";
    private static final String PROCESS = "instance-year";
    private static final String EMPLOYEE_PROCESS = "instance-employee";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    OrganisationService organisation;

    @BeforeEach
    void deploy() {
        repositoryService.createDeployment().name(DEPLOYMENT)
                .addString("instance-year.bpmn", model(PROCESS, "year", "Year", "name=\"Oppgave ${year}\""))
                .addString("instance-employee.bpmn", model(EMPLOYEE_PROCESS, "employeeUserId", "Employee",
                        "name=\"Oppgave\" camunda:assignee=\"${employeeUserId}\""))
                .deploy();
    }

    /** A step that sets {@code step<suffix>} and a task whose create listener sets {@code task<suffix>}, both to {@code ${read}}. */
    private static String model(String processId, String read, String suffix, String taskAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="%1$s-definitions" targetNamespace="https://arshjul.no/bpmn">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="to-step" sourceRef="start" targetRef="step" />
                    <bpmn:serviceTask id="step" camunda:expression="${execution.setVariable('step%2$s', %3$s)}" />
                    <bpmn:sequenceFlow id="to-task" sourceRef="step" targetRef="task" />
                    <bpmn:userTask id="task" %4$s>
                      <bpmn:extensionElements>
                        <camunda:taskListener event="create" expression="${task.setVariableLocal('task%2$s', %3$s)}" />
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="to-end" sourceRef="task" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processId, suffix, read, taskAttributes);
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

    @Test
    void anInstanceWithoutAnEmployeeVariableReadsThePersonItsBusinessKeyNames() {
        String instance = runtimeService.startProcessInstanceByKey(EMPLOYEE_PROCESS, "3413:" + numberOf("kari")).getId();

        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(runtimeService.getVariable(instance, "stepEmployee")).isEqualTo("kari");
        assertThat(task.getAssignee()).isEqualTo("kari");
        assertThat(taskService.getVariableLocal(task.getId(), "taskEmployee")).isEqualTo("kari");
        assertThat(runtimeService.getVariable(instance, ProcessEmployee.VARIABLE)).as("still no variable").isNull();
    }

    @Test
    void anEmployeeVariableOfTheInstancesOwnWins() {
        String instance = runtimeService.startProcessInstanceByKey(EMPLOYEE_PROCESS, "3413:" + numberOf("kari"),
                Map.of(ProcessEmployee.VARIABLE, "per")).getId();

        assertThat(runtimeService.getVariable(instance, "stepEmployee")).isEqualTo("per");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getAssignee()).isEqualTo("per");
    }

    @Test
    void aBusinessKeyThatNamesNobodyHasNoEmployee() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(EMPLOYEE_PROCESS, "3413:no-such-number"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("employeeUserId");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("3413:no-such-number").count())
                .as("nothing half started").isZero();
    }

    private String numberOf(String userId) {
        return organisation.findByUserId(userId).orElseThrow().getEmployeeNumber();
    }
}
