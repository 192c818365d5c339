package no.arshjul.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send påminnelse": reminds the employee of their open task before its deadline. */
@Component("taskReminder")
class TaskReminder implements JavaDelegate {

    private final ProcessNotifications notifications;

    TaskReminder(ProcessNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.remindEmployee(execution);
    }
}
