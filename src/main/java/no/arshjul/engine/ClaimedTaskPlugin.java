package no.arshjul.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A task someone has taken is theirs: another member of the same group may not complete it. The
 * engine's grant to a candidate group lets every member complete its tasks, claimed or not, so this
 * is checked on completion, on every path (Årshjul's API, Tasklist, /engine-rest). Calls without a
 * person (Årshjul's own system calls, timers) are not checked.
 */
@Component
class ClaimedTaskPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            ClaimedTaskPlugin::onlyTheAssigneeCompletes);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static void onlyTheAssigneeCompletes(DelegateTask task) {
        Authentication caller = Context.getCommandContext().getAuthentication();
        String assignee = task.getAssignee();
        if (caller == null || caller.getUserId() == null || assignee == null || assignee.equals(caller.getUserId())) {
            return;
        }
        throw new AuthorizationException("Oppgaven «" + task.getName() + "» er tatt av " + assignee
                + ". Bare den som har tatt oppgaven, kan fullføre den.");
    }
}
