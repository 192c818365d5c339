package no.arshjul.support;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.util.List;
import java.util.Map;

/** Works tasks the way a person would: as themself, with the groups the organisation gives them. */
public final class TaskDriver {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final OrganisationService organisation;

    public TaskDriver(TaskService taskService, IdentityService identityService, OrganisationService organisation) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.organisation = organisation;
    }

    /** The groups without camunda-admin, so the test shows what the person's own roles allow. */
    public List<String> groupsOf(String userId) {
        return organisation.rolesOf(userId).stream().filter(r -> r != Role.CAMUNDA_ADMIN).map(Role::groupId).toList();
    }

    public List<Task> tasks(String processDefinitionKey, String taskDefinitionKey) {
        return taskService.createTaskQuery().processDefinitionKey(processDefinitionKey)
                .taskDefinitionKey(taskDefinitionKey).list();
    }

    public Task task(String processDefinitionKey, String taskDefinitionKey) {
        List<Task> found = tasks(processDefinitionKey, taskDefinitionKey);
        if (found.size() != 1) {
            throw new AssertionError("Expected one open task " + taskDefinitionKey + " in " + processDefinitionKey
                    + ", found " + found.size());
        }
        return found.get(0);
    }

    public void complete(String userId, Task task, Map<String, Object> values) {
        Engine.as(identityService, userId, groupsOf(userId), () -> taskService.complete(task.getId(), values));
    }

}
