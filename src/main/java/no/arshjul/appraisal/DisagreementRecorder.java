package no.arshjul.appraisal;

import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationService;
import no.arshjul.organisation.Leaders;
import no.arshjul.organisation.OrganisationService;
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

    DisagreementRecorder(NotificationService notifications, OrganisationService organisation, Leaders leaders) {
        this.notifications = notifications;
        this.organisation = organisation;
        this.leaders = leaders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String employee = (String) execution.getVariable("employeeUserId");
        String name = organisation.findByUserId(employee).map(e -> e.getFullName()).orElse(employee);
        notifications.notify(leaders.of(employee), Notification.Kind.INFORMATION,
                name + " er uenig i referatet",
                name + " har lest referatet fra medarbeidersamtalen og registrert uenighet. Både referatet og "
                        + "kommentaren er lagret. Åpne saken i Årshjul for å se kommentaren.",
                execution.getProcessInstanceId());
    }
}
