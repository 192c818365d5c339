package no.arshjul.planning;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Walks one plan year's skup process the way its people would, for the tests of what they read. */
final class PlanWalk {

    static final String HO_INPUT = "Vi mangler sykepleiere med videreutdanning i geriatri.";

    final int planYear;
    final String instance;
    private final TaskService taskService;
    private final TaskDriver people;

    PlanWalk(RuntimeService runtimeService, TaskService taskService, TaskDriver people, int planYear, List<String> sectors) {
        this.planYear = planYear;
        this.taskService = taskService;
        this.people = people;
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(planYear)).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test set-up"));
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(planYear - 1).planVariables());
        variables.put("planYear", planYear);
        variables.put("sectors", Variables.objectValue(sectors)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        instance = runtimeService.startProcessInstanceByKey("skup", String.valueOf(planYear), variables).getId();
    }

    Task task(String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    List<Task> tasks(String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
    }

    Task sectorTask(String assignee) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("submit-sector-input")
                .taskAssignee(assignee).list().get(0);
    }

    PlanWalk inputFromHealth() {
        people.complete("siri", sectorTask("siri"), ValidSubmission.of("skup-sector-input",
                "challenges", HO_INPUT, "criticalCompetence", "Sykepleiere, vernepleiere",
                "proposedMeasures", List.of(ValidSubmission.listItem("skup-sector-input", "proposedMeasures",
                        "title", "Videreutdanning i geriatri", "targetGroup", "Sykepleiere", "costNok", 120000))));
        return this;
    }

    PlanWalk toAdoption() {
        Map<String, Object> draft = ValidSubmission.of("skup-draft", "periodFrom", 2027, "periodTo", 2030);
        people.complete("hege", task("draft-skup"), draft);
        people.complete("siri", task("forum-review"), ValidSubmission.of("skup-forum-review"));
        people.complete("rita", task("radmann-direction"), ValidSubmission.of("skup-direction"));
        people.complete("hege", task("finalise-skup"), draft);
        people.complete("tone", task("record-consultation"),
                ValidSubmission.of("skup-consultation", "consultationOutcome", "AGREEMENT"));
        people.complete("rita", task("approve-skup"), ValidSubmission.of("skup-approval", "approvalDecision", "ADOPTED"));
        return this;
    }

    Task unitTask(String unitCode) {
        return tasks("make-unit-plan").stream().filter(t -> taskService.getVariable(t.getId(), "unitCode").equals(unitCode))
                .findFirst().orElseThrow();
    }
}
