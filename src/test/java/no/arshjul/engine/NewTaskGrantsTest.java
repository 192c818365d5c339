package no.arshjul.engine;

import java.util.List;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rights the engine grants on a task are merged per person and task as before, now that a task
 * created in the same command has only its own grants looked through.
 */
@ArshjulTest
class NewTaskGrantsTest {

    private static final String TASK = "new-task-grants";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;

    @AfterEach
    void removeTask() {
        if (taskService.createTaskQuery().taskId(TASK).count() > 0) {
            taskService.deleteTask(TASK, true);
        }
    }

    @Test
    void theEngineGrantsThroughTheMergePerNewTask() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getResourceAuthorizationProvider())
                .isInstanceOf(AuthorizedGroupsPlugin.GrantsMergedPerNewTask.class);
    }

    @Test
    void anAssigneeWhoIsAlsoOwnerOfANewTaskGetsOneGrant() {
        Task task = taskService.newTask(TASK);
        task.setAssignee("grant-person");
        task.setOwner("grant-person");
        taskService.saveTask(task);

        List<Authorization> grants = grantsOn("grant-person");
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(grants.get(0).isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    }

    @Test
    void anAssigneeAndADifferentOwnerGetAGrantEach() {
        Task task = taskService.newTask(TASK);
        task.setAssignee("grant-person");
        task.setOwner("grant-other");
        taskService.saveTask(task);

        assertThat(grantsOn("grant-person")).hasSize(1);
        assertThat(grantsOn("grant-other")).hasSize(1);
    }

    @Test
    void anOwnerGivenLaterToTheAssigneeUpdatesTheSavedGrant() {
        Task task = taskService.newTask(TASK);
        task.setAssignee("grant-person");
        taskService.saveTask(task);

        taskService.setOwner(TASK, "grant-person");

        assertThat(grantsOn("grant-person")).hasSize(1);
    }

    private List<Authorization> grantsOn(String userId) {
        return authorizationService.createAuthorizationQuery().userIdIn(userId)
                .resourceType(Resources.TASK).resourceId(TASK).list();
    }
}
