package no.arshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start kartlegging og samtaler for en gruppe medarbeidere": one batch, one job, one transaction. */
@Component("launchBatch")
class LaunchBatch implements JavaDelegate {

    private final CycleLaunchService launch;

    LaunchBatch(CycleLaunchService launch) {
        this.launch = launch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Integer.parseInt(execution.getProcessBusinessKey());
        launch.runBatch(year, ((Number) execution.getVariable("batchNo")).intValue());
    }
}
