package no.arshjul.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What a person has filled in on a task's form so far, not yet sent in. */
@Entity
@Table(name = "form_draft")
class FormDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id", nullable = false)
    private String taskId;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(nullable = false, length = 1_000_000)
    private String data;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected FormDraft() {
    }

    FormDraft(String taskId, String userId) {
        this.taskId = taskId;
        this.userId = userId;
    }

    void save(String data, Instant at) {
        this.data = data;
        this.savedAt = at;
    }

    String getData() {
        return data;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
