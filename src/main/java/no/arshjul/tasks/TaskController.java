package no.arshjul.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * Reads a form's answers as plain JSON, without the API's generic text check: the form's own
     * check refuses bad text at the field the person sees, by its label.
     */
    private static final ObjectMapper ANSWERS = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> ANSWER_MAP = new TypeReference<>() {
    };

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
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody ObjectNode answers) {
        inbox.complete(taskId, ANSWERS.convertValue(answers, ANSWER_MAP));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId, Authentication me) {
        inbox.claim(taskId, me.getName());
        return ResponseEntity.noContent().build();
    }
}
