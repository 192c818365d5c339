package no.arshjul.tasks;

import no.arshjul.engine.OneEngineCommand;
import no.arshjul.engine.SystemEngineCalls;
import no.arshjul.engine.TaskTitles;
import no.arshjul.engine.ProcessEmployee;
import no.arshjul.engine.ProcessYear;
import no.arshjul.forms.FormModel;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.VariableInstance;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A person's tasks, their forms, and completing them. Every engine call runs as the logged-in
 * person (EngineAuthenticationFilter), so the engine's authorizations decide what is found.
 */
@Service
public class TaskInboxService {

    private static final String EMPLOYEE = ProcessEmployee.VARIABLE;
    private static final String YEAR = ProcessYear.VARIABLE;
    /** Large IN lists are split so every database takes them. */
    private static final int BATCH = 500;

    private final TaskService taskService;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final TaskTitles titles;
    private final SystemEngineCalls system;
    private final OneEngineCommand oneCommand;
    private final ProcessEmployee processEmployee;

    public TaskInboxService(TaskService taskService, FormService formService, RuntimeService runtimeService,
                            TaskTitles titles, SystemEngineCalls system, OneEngineCommand oneCommand,
                            ProcessEmployee processEmployee) {
        this.processEmployee = processEmployee;
        this.taskService = taskService;
        this.formService = formService;
        this.runtimeService = runtimeService;
        this.titles = titles;
        this.system = system;
        this.oneCommand = oneCommand;
    }

    /** {@code assignee} is null for a group task nobody has taken yet. */
    public record TaskSummary(String id, String name, String title, Instant due, boolean overdue, String processKey,
                              String assignee, String employeeUserId, String taskDefinitionKey,
                              Integer year, String processInstanceId) {

        public boolean groupTask() {
            return assignee == null;
        }
    }

    public record TaskForm(TaskSummary task, String formKey, String schema) {
    }

    /**
     * The person's tasks: their own and their groups' unclaimed ones, as the engine's
     * authorizations let them see. A fixed number of queries however many tasks there are: the
     * tasks, then what their titles need for all of them at once ({@link #summaries}).
     */
    public List<TaskSummary> inbox(String userId, List<String> groups, Instant now) {
        return oneCommand.call(() -> {
            List<Task> tasks = new ArrayList<>(taskService.createTaskQuery().taskAssignee(userId).list());
            if (!groups.isEmpty()) {
                tasks.addAll(taskService.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().list());
            }
            return summaries(tasks, userId, now).stream()
                    .sorted(Comparator.comparing(TaskSummary::due, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        });
    }

    /** How many tasks {@link #inbox} would list, by two counts: for the menu on every page. */
    public long openCount(String userId, List<String> groups) {
        return oneCommand.call(() -> {
            long count = taskService.createTaskQuery().taskAssignee(userId).count();
            if (!groups.isEmpty()) {
                count += taskService.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().count();
            }
            return count;
        });
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
        return Optional.of(new TaskForm(summaries(List.of(task), userId, now).get(0), formKey, schema));
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

    /**
     * The summaries of tasks the caller has found: their processes' variables in one query, their
     * business keys in one, for the year and the person the mapping and the talk hold only there
     * (with the people's user ids in one more), and the people named in the titles in bulk.
     */
    private List<TaskSummary> summaries(List<Task> tasks, String viewer, Instant now) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .distinct().toList();
        TaskVariables variables = new TaskVariables(instanceIds);
        Map<String, String> businessKeys = businessKeys(instanceIds);
        Map<String, String> employeesByInstance = processEmployee.userIdsOf(businessKeys);
        Function<Task, String> employeeOf = task -> {
            String variable = variables.text(task, EMPLOYEE);
            return variable != null ? variable : employeesByInstance.get(task.getProcessInstanceId());
        };
        List<String> employees = tasks.stream().map(employeeOf).filter(Objects::nonNull).toList();
        TaskTitles.Batch batch = titles.forEmployees(employees);
        Locale locale = LocaleContextHolder.getLocale();
        List<TaskSummary> result = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            String employee = employeeOf.apply(task);
            Integer year = ProcessYear.of(variables.value(task, YEAR), businessKeys.get(task.getProcessInstanceId()));
            String title = batch.title(task.getTaskDefinitionKey(), task.getName(), employee, year, viewer, locale);
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            result.add(new TaskSummary(task.getId(), task.getName(), title, due, due != null && due.isBefore(now),
                    processKey(task), task.getAssignee(), employee, task.getTaskDefinitionKey(), year,
                    task.getProcessInstanceId()));
        }
        return result;
    }

    /**
     * The variables a summary shows, for many tasks from one query. A task sees a variable as the
     * engine resolves it: its own local one first, then its execution's, then its process
     * instance's; one that lives on a scope in between (rare in Årshjul's models) is asked of the
     * engine for that task alone.
     */
    private final class TaskVariables {

        private final Map<String, List<VariableInstance>> byInstance = new HashMap<>();

        TaskVariables(List<String> instanceIds) {
            for (int from = 0; from < instanceIds.size(); from += BATCH) {
                String[] batch = instanceIds.subList(from, Math.min(instanceIds.size(), from + BATCH)).toArray(String[]::new);
                // The caller found these tasks, so may read their variables (the engine's own check
                // for TaskService.getVariable); the variable query would ask for instance rights instead.
                system.call(() -> runtimeService.createVariableInstanceQuery().processInstanceIdIn(batch)
                        .variableNameIn(EMPLOYEE, YEAR).list())
                        .forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new ArrayList<>()).add(v));
            }
        }

        String text(Task task, String name) {
            Object value = value(task, name);
            return value == null ? null : value.toString();
        }

        Object value(Task task, String name) {
            if (task.getProcessInstanceId() == null) {
                return taskService.getVariable(task.getId(), name);
            }
            List<VariableInstance> named = byInstance.getOrDefault(task.getProcessInstanceId(), List.of()).stream()
                    .filter(v -> name.equals(v.getName())).toList();
            if (named.isEmpty()) {
                return null;
            }
            for (VariableInstance v : named) {
                if (task.getId().equals(v.getTaskId())) {
                    return v.getValue();
                }
            }
            for (String scope : new String[]{task.getExecutionId(), task.getProcessInstanceId()}) {
                for (VariableInstance v : named) {
                    if (v.getTaskId() == null && scope != null && scope.equals(v.getExecutionId())) {
                        return v.getValue();
                    }
                }
            }
            return taskService.getVariable(task.getId(), name);
        }
    }

    /**
     * Business keys by process instance id, for the year and the person in the titles: the mapping
     * and the talk hold them there alone. Read as the system, as the variables are (the caller found
     * the tasks), and not shown: a key holds the employee number, which the inbox does not need.
     */
    private Map<String, String> businessKeys(List<String> instanceIds) {
        Map<String, String> keys = new HashMap<>();
        for (int from = 0; from < instanceIds.size(); from += BATCH) {
            Set<String> batch = new HashSet<>(instanceIds.subList(from, Math.min(instanceIds.size(), from + BATCH)));
            system.call(() -> runtimeService.createProcessInstanceQuery().processInstanceIds(batch).list())
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        return keys;
    }

    private Set<String> schemaKeys(String schema) {
        return schema == null ? Set.of() : new LinkedHashSet<>(FormModel.parse(schema).submittedKeys());
    }

    private String processKey(Task task) {
        return task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
    }
}
