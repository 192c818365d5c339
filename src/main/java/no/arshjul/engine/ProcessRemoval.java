package no.arshjul.engine;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Removes a person's process instances, running or ended, with their history: what retention does
 * when it deletes a leaver's talks or mappings, so nothing of them stays in the engine's tables.
 */
@Component
public class ProcessRemoval {

    private final RuntimeService runtime;
    private final HistoryService history;

    ProcessRemoval(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    public void removeWithHistory(List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return;
        }
        runtime.deleteProcessInstancesIfExists(processInstanceIds, "Personal data deleted (retention)", true, true, true);
        history.deleteHistoricProcessInstancesIfExists(processInstanceIds);
    }
}
