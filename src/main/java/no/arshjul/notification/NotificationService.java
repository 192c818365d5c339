package no.arshjul.notification;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, OrganisationService organisation,
                               ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Notification notify(String recipientUserId, Notification.Kind kind, String subject, String body,
                               String processInstanceId) {
        // Debug only: the notification table keeps what was told to whom, with its retention; a line
        // per notice at info would copy names into the server's logs, 100,000 of them in a launch.
        log.debug("{} to {}: {}", kind, recipientUserId, subject);
        Notification stored = notifications.save(new Notification(recipientUserId, kind, subject, body,
                processInstanceId, Instant.now(clock)));
        Employee recipient = organisation.findByUserId(recipientUserId).orElse(null);
        events.publishEvent(new NotificationStored(stored.getId(), recipientUserId,
                recipient == null ? recipientUserId : recipient.getFirstName(),
                recipient == null ? null : recipient.getEmail(), kind, subject, body));
        return stored;
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

    /** Called after the mail went out, when the storing transaction has committed already. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markSent(long notificationId) {
        notifications.findById(notificationId).ifPresent(n -> n.markSent(Instant.now(clock)));
    }
}
