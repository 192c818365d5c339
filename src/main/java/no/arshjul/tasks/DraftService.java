package no.arshjul.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.engine.UserTaskEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts of task forms. A draft is not checked against the form (it may be half done) and is
 * only the drafter's; it goes when the task ends, so answers do not linger outside the records.
 */
@Service
public class DraftService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final FormDraftRepository drafts;
    private final TaskInboxService inbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public DraftService(FormDraftRepository drafts, TaskInboxService inbox, ObjectMapper mapper, Clock clock) {
        this.drafts = drafts;
        this.inbox = inbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Only for a task the person may open (the engine decides); TaskGoneException otherwise. */
    @Transactional
    public Instant save(String taskId, String userId, Map<String, Object> values) {
        if (inbox.form(taskId, userId, Instant.now(clock)).isEmpty()) {
            throw new TaskGoneException(taskId);
        }
        FormDraft draft = drafts.findByTaskIdAndUserId(taskId, userId).orElseGet(() -> new FormDraft(taskId, userId));
        Instant now = Instant.now(clock);
        draft.save(json(values), now);
        drafts.save(draft);
        return now;
    }

    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> draftOf(String taskId, String userId) {
        return drafts.findByTaskIdAndUserId(taskId, userId).map(d -> read(d.getData()));
    }

    /** The tasks the person has begun and saved without sending: the inbox marks them. */
    @Transactional(readOnly = true)
    public Set<String> tasksWithDraft(String userId) {
        return drafts.taskIdsWithDraftBy(userId);
    }

    @EventListener
    @Transactional
    void taskEnded(UserTaskEnded ended) {
        drafts.deleteByTaskId(ended.taskId());
    }

    private String json(Map<String, Object> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The draft cannot be stored as JSON", e);
        }
    }

    private Map<String, Object> read(String json) {
        try {
            return mapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not JSON", e);
        }
    }
}
