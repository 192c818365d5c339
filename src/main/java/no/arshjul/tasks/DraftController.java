package no.arshjul.tasks;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/tasks/{taskId}/draft")
class DraftController {

    private final DraftService drafts;

    DraftController(DraftService drafts) {
        this.drafts = drafts;
    }

    record Saved(Instant savedAt) {
    }

    record Refused(int status, String message, List<Object> errors) {
    }

    @PutMapping
    Saved save(@PathVariable String taskId, @RequestBody Map<String, Object> values, Authentication me) {
        return new Saved(drafts.save(taskId, me.getName(), values));
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> draft(@PathVariable String taskId, Authentication me) {
        return ResponseEntity.of(drafts.draftOf(taskId, me.getName()));
    }

    @ExceptionHandler(TaskGoneException.class)
    ResponseEntity<Refused> gone(TaskGoneException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Refused(404, e.getMessage(), List.of()));
    }
}
