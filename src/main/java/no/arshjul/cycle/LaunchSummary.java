package no.arshjul.cycle;

import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationService;
import no.arshjul.web.Texts;
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
    private final Texts texts;

    LaunchSummary(CycleLaunchService launch, CycleService cycleService, AnnualCycleRepository cycles,
                  NotificationService notifications, Texts texts) {
        this.launch = launch;
        this.cycleService = cycleService;
        this.cycles = cycles;
        this.notifications = notifications;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Integer.parseInt(execution.getProcessBusinessKey());
        cycleService.advance(year, CycleStatus.RUNNING);
        CycleLaunchService.Progress progress = launch.progress(year);
        String startedBy = cycles.findByYear(year).map(AnnualCycle::getStartedBy).orElse(null);
        if (startedBy != null) {
            notifications.notify(startedBy, Notification.Kind.INFORMATION,
                    texts.bokmal("notification.launchSummary.subject", String.valueOf(year)),
                    texts.bokmal("notification.launchSummary.body", String.valueOf(progress.launched()),
                            String.valueOf(progress.employees()), String.valueOf(progress.failed().size()),
                            String.valueOf(year)),
                    execution.getProcessInstanceId());
        }
    }
}
