package no.arshjul.engine;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The open tasks of many process instances at once, for overviews the caller is already allowed to see. */
@Service
public class OpenTasks {

    /** Large IN lists are split so every database takes them. */
    private static final int BATCH = 500;

    private final TaskService taskService;
    private final SystemEngineCalls system;

    public OpenTasks(TaskService taskService, SystemEngineCalls system) {
        this.taskService = taskService;
        this.system = system;
    }

    public record OpenTask(String id, String taskDefinitionKey, String name, String assignee, Instant due) {

        public boolean overdueAt(Instant now) {
            return due != null && due.isBefore(now);
        }
    }

    /** Open tasks by process instance id; instances with none are absent. */
    public Map<String, List<OpenTask>> byProcessInstance(Collection<String> processInstanceIds) {
        List<String> ids = processInstanceIds.stream().filter(id -> id != null).distinct().toList();
        Map<String, List<OpenTask>> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
            List<Task> tasks = system.call(() -> taskService.createTaskQuery().processInstanceIdIn(batch).list());
            for (Task task : tasks) {
                result.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>())
                        .add(new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
            }
        }
        return result;
    }
}
