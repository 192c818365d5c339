package no.arshjul.cycle;

import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Oppsummer oppstarten": the year runs; HR is told how many were started and who could not be. */
@Component("launchSummary")
class LaunchSummary implements JavaDelegate {

    private final CycleLaunchService launch;
    private final CycleService cycleService;
    private final AnnualCycleRepository cycles;
    private final NotificationService notifications;

    LaunchSummary(CycleLaunchService launch, CycleService cycleService, AnnualCycleRepository cycles,
                  NotificationService notifications) {
        this.launch = launch;
        this.cycleService = cycleService;
        this.cycles = cycles;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Integer.parseInt(execution.getProcessBusinessKey());
        cycleService.advance(year, CycleStatus.RUNNING);
        CycleLaunchService.Progress progress = launch.progress(year);
        String startedBy = cycles.findByYear(year).map(AnnualCycle::getStartedBy).orElse(null);
        if (startedBy != null) {
            notifications.notify(startedBy, Notification.Kind.INFORMATION, "Årshjulet " + year + " er i gang",
                    progress.launched() + " av " + progress.employees() + " medarbeidere har fått kartlegging og "
                            + "medarbeidersamtale. " + progress.failed().size() + " kunne ikke startes; se /api/cycles/"
                            + year + ".", execution.getProcessInstanceId());
        }
    }
}
