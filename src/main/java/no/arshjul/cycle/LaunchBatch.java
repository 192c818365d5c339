package no.arshjul.cycle;

import no.arshjul.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * "Start kartlegging og samtaler for medarbeiderne i gruppen", in the launch-batch process the annual
 * cycle starts per batch (business key = the year, variable batchNo): one batch, one job, one transaction.
 */
@Component("launchBatch")
class LaunchBatch implements JavaDelegate {

    static final String PROCESS_KEY = "launch-batch";
    static final String BATCH_NO = "batchNo";

    private final CycleLaunchService launch;

    LaunchBatch(CycleLaunchService launch) {
        this.launch = launch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Integer.parseInt(execution.getProcessBusinessKey());
        launch.runBatch(year, ((Number) execution.getVariable(BATCH_NO)).intValue());
    }

    /** What a launch batch's model may read: the batch number the annual cycle's call activity passes in. */
    @Bean
    static ProcessContract launchBatchContract() {
        return new ProcessContract(PROCESS_KEY, Set.of(BATCH_NO), Set.of());
    }
}
