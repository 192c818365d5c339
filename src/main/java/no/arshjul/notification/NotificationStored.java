package no.arshjul.notification;

/** A notification was stored; mail goes out once the transaction that stored it has committed. */
public record NotificationStored(long id, String recipientUserId, String recipientName, String email,
                                 Notification.Kind kind, String subject, String body) {
}
