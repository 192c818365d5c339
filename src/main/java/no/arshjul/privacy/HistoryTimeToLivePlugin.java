package no.arshjul.privacy;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Camunda's history time to live from configuration ({@code arshjul.retention.history-days}) for
 * every process deployed, whatever its model says: Årshjul's shipped models and the ones HR
 * uploads alike, so the municipality's retention decision is made in one place. It is also the
 * engine's default, which a decision table without its own time to live gets.
 */
@Component
class HistoryTimeToLivePlugin extends AbstractProcessEnginePlugin {

    private final int historyDays;

    HistoryTimeToLivePlugin(RetentionProperties retention) {
        this.historyDays = retention.historyDays();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryTimeToLive(String.valueOf(historyDays));
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(historyDays);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
