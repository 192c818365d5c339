package no.arshjul.tasks;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
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

    @PutMapping
    Saved save(@PathVariable String taskId, @RequestBody Map<String, Object> values, Authentication me) {
        return new Saved(drafts.save(taskId, me.getName(), values));
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> draft(@PathVariable String taskId, Authentication me) {
        return ResponseEntity.of(drafts.draftOf(taskId, me.getName()));
    }
}
