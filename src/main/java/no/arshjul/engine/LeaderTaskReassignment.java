package no.arshjul.engine;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.UnitLeaderChanged;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a unit gets a new leader, the leader tasks of the people who now report to them move along,
 * in the import's own transaction. A system action: it runs without the importing user's rights.
 */
@Component
class LeaderTaskReassignment {

    private static final Logger log = LoggerFactory.getLogger(LeaderTaskReassignment.class);
    private static final List<String> PERSONAL_PROCESSES = List.of("competence-mapping", "appraisal-talk");

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final SystemEngineCalls system;
    private final OrganisationService organisation;
    private final ProcessEmployee processEmployee;

    LeaderTaskReassignment(TaskService taskService, RuntimeService runtimeService, SystemEngineCalls system,
                           OrganisationService organisation, ProcessEmployee processEmployee) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.system = system;
        this.organisation = organisation;
        this.processEmployee = processEmployee;
    }

    @EventListener
    void onLeaderChanged(UnitLeaderChanged change) {
        if (change.previousLeaderUserId() == null || change.newLeaderUserId() == null) {
            return;
        }
        system.run(() -> {
            for (String processKey : PERSONAL_PROCESSES) {
                List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(processKey)
                        .taskAssignee(change.previousLeaderUserId()).list();
                Map<String, String> employees = employeesOf(tasks);
                for (Task task : tasks) {
                    moveIfNowLedBy(task, employees.get(task.getProcessInstanceId()), change.newLeaderUserId());
                }
            }
        });
    }

    /** Whose case each task is in, by process instance: from the business keys, all in two queries. */
    private Map<String, String> employeesOf(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
                .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        return processEmployee.userIdsOf(keys);
    }

    private void moveIfNowLedBy(Task task, String fromBusinessKey, String newLeader) {
        Object variable = taskService.getVariable(task.getId(), ProcessEmployee.VARIABLE);
        String employee = variable != null ? variable.toString() : fromBusinessKey;
        if (employee == null || employee.equals(task.getAssignee())) {
            return;
        }
        boolean ledByNewLeader = organisation.closestLeaderOf(employee).map(Employee::getUserId)
                .filter(newLeader::equals).isPresent();
        if (ledByNewLeader) {
            taskService.setAssignee(task.getId(), newLeader);
            log.info("Task «{}» for {} moved from {} to {}", task.getName(), employee, task.getAssignee(), newLeader);
        }
    }
}
