package no.arshjul.planning;

import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationService;
import no.arshjul.organisation.LevelType;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.UnitLeaders;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** "Publiser planen til enhetene": the adopted plan goes to every unit, whose leaders then make their plans. */
@Component("skupPublisher")
class SkupPublisher implements JavaDelegate {

    private final SkupService skup;
    private final OrganisationService organisation;
    private final UnitLeaders unitLeaders;
    private final NotificationService notifications;
    static final String UNIT_CODES = "unitCodes";

    private final Texts texts;
    private final Clock clock;

    SkupPublisher(SkupService skup, OrganisationService organisation, UnitLeaders unitLeaders,
                  NotificationService notifications, Texts texts, Clock clock) {
        this.skup = skup;
        this.organisation = organisation;
        this.unitLeaders = unitLeaders;
        this.notifications = notifications;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int planYear = ((Number) execution.getVariable("planYear")).intValue();
        skup.planFor(planYear, execution.getProcessInstanceId()).published(Instant.now(clock));
        List<String> unitCodes = organisation.unitCodesAt(LevelType.ENHET);
        for (String unit : unitCodes) {
            notifications.notify(unitLeaders.of(unit), Notification.Kind.INFORMATION,
                    texts.bokmal("notification.skupAdopted.subject", String.valueOf(planYear)),
                    texts.bokmal("notification.skupAdopted.body", String.valueOf(planYear)),
                    execution.getProcessInstanceId());
        }
        execution.setVariable(UNIT_CODES,
                Variables.objectValue(unitCodes).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
