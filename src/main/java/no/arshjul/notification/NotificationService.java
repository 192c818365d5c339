package no.arshjul.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public Notification notify(String recipientUserId, Notification.Kind kind, String subject, String body,
                               String processInstanceId) {
        log.info("{} to {}: {}", kind, recipientUserId, subject);
        return notifications.save(new Notification(recipientUserId, kind, subject, body, processInstanceId,
                Instant.now(clock)));
    }
}
