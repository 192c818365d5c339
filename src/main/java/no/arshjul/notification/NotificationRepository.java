package no.arshjul.notification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

    List<Notification> findByProcessInstanceIdAndKindOrderByIdAsc(String processInstanceId, Notification.Kind kind);

    List<Notification> findTop10ByRecipientUserIdAndCreatedAtAfterOrderByIdDesc(String recipientUserId, Instant after);
}
