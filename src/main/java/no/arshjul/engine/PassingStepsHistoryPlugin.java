package no.arshjul.engine;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelActivity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * History level 'activity' (application.yml) without the steps a case only passes through: plain
 * start events and gateways, which start and end in the same moment. Their rows in the activity
 * history say nothing the process instance's own history (started when, from which start event)
 * and the next step's row do not, yet a year's launch wrote one or two of them for every mapping and
 * talk: one and a half of the eighteen rows an instance wrote, in the widest history table (ten
 * indexes). Tasks, call activities, service tasks, events that wait (timers, messages) and end
 * events keep their history.
 * <p>
 * The level keeps the id and name of Camunda's 'activity' (the engine picks the last level of a
 * name), so a database written before or after this level needs no change, and the engine's check
 * of the level stored in the database passes as before.
 */
@Component
class PassingStepsHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new WithoutPassingSteps());
        configuration.setCustomHistoryLevels(levels);
    }

    static final class WithoutPassingSteps extends HistoryLevelActivity {

        private static final Set<String> PASSING_STEPS = Set.of(ActivityTypes.START_EVENT,
                ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_INCLUSIVE);

        private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
                HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END);

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            // the engine asks without an entity when it parses a model: the answer decides whether
            // the history listeners are attached at all, so it must stay yes there
            if (entity instanceof PvmExecutionImpl execution && ACTIVITY_EVENTS.contains(eventType)
                    && execution.getActivity() != null
                    && PASSING_STEPS.contains((String) execution.getActivity().getProperty("type"))) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }
    }
}
