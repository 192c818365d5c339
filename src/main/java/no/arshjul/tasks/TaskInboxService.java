package no.arshjul.tasks;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's tasks, their forms, and completing them. Every engine call runs as the logged-in
 * person (EngineAuthenticationFilter), so the engine's authorizations decide what is found.
 */
@Service
public class TaskInboxService {

    private final TaskService taskService;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final OrganisationService organisation;

    public TaskInboxService(TaskService taskService, FormService formService, RuntimeService runtimeService,
                            OrganisationService organisation) {
        this.taskService = taskService;
        this.formService = formService;
        this.runtimeService = runtimeService;
        this.organisation = organisation;
    }

    public record TaskSummary(String id, String name, String title, Instant due, boolean overdue, String processKey,
                              String businessKey, String assignee, String employeeUserId) {
    }

    public record TaskForm(TaskSummary task, String formKey, String schema) {
    }

    public List<TaskSummary> inbox(String userId, List<String> groups, Instant now) {
        List<Task> tasks = new ArrayList<>(taskService.createTaskQuery().taskAssignee(userId).list());
        if (!groups.isEmpty()) {
            tasks.addAll(taskService.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().list());
        }
        return tasks.stream().map(t -> summary(t, userId, now))
                .sorted(Comparator.comparing(TaskSummary::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public Optional<TaskForm> form(String taskId, String userId, Instant now) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        String schema = null;
        String formKey = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        if (formKey != null) {
            try (InputStream form = formService.getDeployedTaskForm(taskId)) {
                schema = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(new TaskForm(summary(task, userId, now), formKey, schema));
    }

    /** Throws TaskGoneException when the task no longer exists: someone completed it meanwhile. */
    public void complete(String taskId, Map<String, Object> values) {
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            throw new TaskGoneException(taskId);
        }
        taskService.complete(taskId, values);
    }

    private TaskSummary summary(Task task, String viewer, Instant now) {
        String employee = employeeOf(task);
        String title = task.getName();
        if (employee != null && !employee.equals(viewer)) {
            title += " – " + organisation.findByUserId(employee).map(Employee::getFullName).orElse(employee);
        }
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskSummary(task.getId(), task.getName(), title, due, due != null && due.isBefore(now),
                processKey(task), businessKey(task), task.getAssignee(), employee);
    }

    private String employeeOf(Task task) {
        Object value = taskService.getVariable(task.getId(), "employeeUserId");
        return value == null ? null : value.toString();
    }

    private String processKey(Task task) {
        return task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
    }

    private String businessKey(Task task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
