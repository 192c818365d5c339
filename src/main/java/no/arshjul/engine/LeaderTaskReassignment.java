package no.arshjul.engine;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.UnitLeaderChanged;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * When a unit gets a new leader, the leader tasks of the people who now report to them move along,
 * in the import's own transaction. A system action: it runs without the importing user's rights.
 */
@Component
class LeaderTaskReassignment {

    private static final Logger log = LoggerFactory.getLogger(LeaderTaskReassignment.class);
    private static final List<String> PERSONAL_PROCESSES = List.of("competence-mapping", "appraisal-talk");

    private final TaskService taskService;
    private final SystemEngineCalls system;
    private final OrganisationService organisation;

    LeaderTaskReassignment(TaskService taskService, SystemEngineCalls system, OrganisationService organisation) {
        this.taskService = taskService;
        this.system = system;
        this.organisation = organisation;
    }

    @EventListener
    void onLeaderChanged(UnitLeaderChanged change) {
        if (change.previousLeaderUserId() == null || change.newLeaderUserId() == null) {
            return;
        }
        system.run(() -> {
            for (String processKey : PERSONAL_PROCESSES) {
                for (Task task : taskService.createTaskQuery().processDefinitionKey(processKey)
                        .taskAssignee(change.previousLeaderUserId()).list()) {
                    moveIfNowLedBy(task, change.newLeaderUserId());
                }
            }
        });
    }

    private void moveIfNowLedBy(Task task, String newLeader) {
        Object employee = taskService.getVariable(task.getId(), "employeeUserId");
        if (employee == null || employee.equals(task.getAssignee())) {
            return;
        }
        boolean ledByNewLeader = organisation.closestLeaderOf(employee.toString()).map(Employee::getUserId)
                .filter(newLeader::equals).isPresent();
        if (ledByNewLeader) {
            taskService.setAssignee(task.getId(), newLeader);
            log.info("Task «{}» for {} moved from {} to {}", task.getName(), employee, task.getAssignee(), newLeader);
        }
    }
}
