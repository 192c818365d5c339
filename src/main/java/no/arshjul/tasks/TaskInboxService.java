package no.arshjul.tasks;

import no.arshjul.engine.TaskTitles;

import no.arshjul.engine.ProcessYear;
import no.arshjul.forms.FormModel;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's tasks, their forms, and completing them. Every engine call runs as the logged-in
 * person (EngineAuthenticationFilter), so the engine's authorizations decide what is found.
 */
@Service
public class TaskInboxService {

    private final TaskService taskService;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final TaskTitles titles;

    public TaskInboxService(TaskService taskService, FormService formService, RuntimeService runtimeService,
                            TaskTitles titles) {
        this.taskService = taskService;
        this.formService = formService;
        this.runtimeService = runtimeService;
        this.titles = titles;
    }

    /** {@code assignee} is null for a group task nobody has taken yet. */
    public record TaskSummary(String id, String name, String title, Instant due, boolean overdue, String processKey,
                              String businessKey, String assignee, String employeeUserId, String taskDefinitionKey,
                              Integer year, String processInstanceId) {

        public boolean groupTask() {
            return assignee == null;
        }
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

    /**
     * The values the form opens with: the task's variables named by the form's fields. Appraisal
     * answers are not process variables, so this is mostly what the process routes on.
     */
    public Map<String, Object> formValues(String taskId, String schema) {
        Set<String> keys = schemaKeys(schema);
        if (keys.isEmpty()) {
            return Map.of();
        }
        VariableMap variables = formService.getTaskFormVariables(taskId, keys, true);
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((key, value) -> {
            if (value instanceof Date date) {
                values.put(key, date.toInstant().atZone(ZoneId.of("Europe/Oslo")).toLocalDate().toString());
            } else if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof List || value instanceof Map) {
                values.put(key, value);
            } else {
                values.put(key, value.toString());
            }
        });
        return values;
    }

    /** Throws TaskGoneException when the task no longer exists: someone completed it meanwhile. */
    public void complete(String taskId, Map<String, Object> values) {
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            throw new TaskGoneException(taskId);
        }
        try {
            taskService.complete(taskId, values);
        } catch (NullValueException e) {
            // Completed by someone else between the check above and the engine's own look-up.
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskGoneException(taskId);
            }
            throw e;
        }
    }

    /** A group task becomes the person's own; the engine refuses when someone else took it first. */
    public void claim(String taskId, String userId) {
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            throw new TaskGoneException(taskId);
        }
        taskService.claim(taskId, userId);
    }

    private TaskSummary summary(Task task, String viewer, Instant now) {
        String employee = variable(task, "employeeUserId") == null ? null : variable(task, "employeeUserId").toString();
        String businessKey = businessKey(task);
        Integer year = ProcessYear.of(variable(task, "year"), businessKey);
        String title = titles.title(task.getTaskDefinitionKey(), task.getName(), employee, year, viewer,
                LocaleContextHolder.getLocale());
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskSummary(task.getId(), task.getName(), title, due, due != null && due.isBefore(now),
                processKey(task), businessKey, task.getAssignee(), employee, task.getTaskDefinitionKey(), year,
                task.getProcessInstanceId());
    }

    private Object variable(Task task, String name) {
        return taskService.getVariable(task.getId(), name);
    }

    private Set<String> schemaKeys(String schema) {
        return schema == null ? Set.of() : new LinkedHashSet<>(FormModel.parse(schema).submittedKeys());
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
