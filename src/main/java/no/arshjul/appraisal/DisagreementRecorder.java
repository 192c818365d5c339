package no.arshjul.appraisal;

import no.arshjul.engine.ProcessEmployee;
import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationService;
import no.arshjul.organisation.Leaders;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Registrer uenighet": the employee's disagreement is already kept beside the minutes; this tells
 * the leader, who may follow it up. Both versions stay on record.
 */
@Component("disagreementRecorder")
class DisagreementRecorder implements JavaDelegate {

    private final NotificationService notifications;
    private final OrganisationService organisation;
    private final Leaders leaders;
    private final Texts texts;
    private final ProcessEmployee processEmployee;

    DisagreementRecorder(NotificationService notifications, OrganisationService organisation, Leaders leaders,
                         Texts texts, ProcessEmployee processEmployee) {
        this.notifications = notifications;
        this.organisation = organisation;
        this.leaders = leaders;
        this.texts = texts;
        this.processEmployee = processEmployee;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String employee = processEmployee.userIdOf(execution);
        String name = organisation.findByUserId(employee).map(e -> e.getFullName()).orElse(employee);
        notifications.notify(leaders.of(employee), Notification.Kind.INFORMATION,
                texts.bokmal("notification.disagreement.subject", name),
                texts.bokmal("notification.disagreement.body", name),
                execution.getProcessInstanceId());
    }
}
