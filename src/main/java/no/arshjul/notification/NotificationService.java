package no.arshjul.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
        // Debug only: the notification table keeps what was told to whom, with its retention; a line
        // per notice at info would copy names into the server's logs, 100,000 of them in a launch.
        log.debug("{} to {}: {}", kind, recipientUserId, subject);
        // NotificationMailer mails it from the table once this transaction has committed
        return notifications.save(new Notification(recipientUserId, kind, subject, body, processInstanceId,
                Instant.now(clock)));
    }

    /**
     * What Årshjul has told the person lately (the last ten of the last 60 days, newest first): the
     * inbox shows them, so a notice reaches whoever does not read the mail.
     */
    @Transactional(readOnly = true)
    public List<Notification> latestFor(String recipientUserId) {
        return notifications.findTop10ByRecipientUserIdAndCreatedAtAfterOrderByIdDesc(recipientUserId,
                Instant.now(clock).minus(Duration.ofDays(60)));
    }
}
