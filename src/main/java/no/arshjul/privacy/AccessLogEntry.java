package no.arshjul.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.arshjul.AccessLog;

import java.time.Instant;

/** One row of the access log: who saw or changed what about whom, when, through which path. */
@Entity
@Table(name = "access_log")
class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_user_id", nullable = false)
    private String actorUserId;
    @Column(name = "subject_user_id")
    private String subjectUserId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessLog.What what;
    @Column(length = 1000)
    private String path;
    @Column(length = 1000)
    private String detail;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Instant occurredAt, String actorUserId, String subjectUserId, AccessLog.What what, String path,
                   String detail) {
        this.occurredAt = occurredAt;
        this.actorUserId = actorUserId;
        this.subjectUserId = subjectUserId;
        this.what = what;
        this.path = path;
        this.detail = detail;
    }

    Long getId() {
        return id;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActorUserId() {
        return actorUserId;
    }

    String getSubjectUserId() {
        return subjectUserId;
    }

    AccessLog.What getWhat() {
        return what;
    }

    String getPath() {
        return path;
    }

    String getDetail() {
        return detail;
    }
}
