package no.arshjul.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Something Årshjul tells a person: stored first, then mailed from here (NotificationMailer) when mail is configured. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind { NEW_TASK, REMINDER, ESCALATION, INFORMATION }

    @Id
    // fifty ids per sequence call, so a launch's rows go in JDBC batches (V90)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_ids")
    @SequenceGenerator(name = "notification_ids", sequenceName = "notification_ids", allocationSize = 50)
    private Long id;
    @Column(name = "recipient_user_id", nullable = false)
    private String recipientUserId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false, length = 4000)
    private String body;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    public Notification(String recipientUserId, Kind kind, String subject, String body, String processInstanceId,
                        Instant createdAt) {
        this.recipientUserId = recipientUserId;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientUserId() {
        return recipientUserId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
