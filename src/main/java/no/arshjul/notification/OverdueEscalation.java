package no.arshjul.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Varsle leder om passert frist": tells the leader what is still open after the deadline. */
@Component("overdueEscalation")
class OverdueEscalation implements JavaDelegate {

    private final ProcessNotifications notifications;

    OverdueEscalation(ProcessNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.escalateToLeader(execution);
    }
}
