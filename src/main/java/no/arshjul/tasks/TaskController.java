package no.arshjul.tasks;

import no.arshjul.security.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInboxService inbox;
    private final Clock clock;

    TaskController(TaskInboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping
    List<TaskInboxService.TaskSummary> myTasks(Authentication me) {
        return inbox.inbox(me.getName(), Roles.groupIds(me), Instant.now(clock));
    }

    @GetMapping("/{taskId}")
    ResponseEntity<TaskInboxService.TaskForm> task(@PathVariable String taskId, Authentication me) {
        return ResponseEntity.of(inbox.form(taskId, me.getName(), Instant.now(clock)));
    }

    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody Map<String, Object> values) {
        inbox.complete(taskId, values);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId, Authentication me) {
        inbox.claim(taskId, me.getName());
        return ResponseEntity.noContent().build();
    }
}
