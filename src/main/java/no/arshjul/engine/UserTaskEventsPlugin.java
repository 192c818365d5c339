package no.arshjul.engine;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds listeners to every user task of every model as it is parsed, so a task HR adds in Camunda
 * Modeler is announced like the others without anyone remembering to add a listener to it. The
 * listeners publish Spring events inside the engine's transaction.
 */
@Component
class UserTaskEventsPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher publisher;
    /** Built after the engine, which this plugin helps build. */
    private final ObjectProvider<ProcessEmployee> employeesProvider;
    private volatile ProcessEmployee employees;

    UserTaskEventsPlugin(ApplicationEventPublisher publisher, ObjectProvider<ProcessEmployee> employees) {
        this.publisher = publisher;
        this.employeesProvider = employees;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NewTaskVariables.INSTANCE);
                    definition.addTaskListener(TaskListener.EVENTNAME_CREATE, UserTaskEventsPlugin.this::created);
                    definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, UserTaskEventsPlugin.this::ended);
                    definition.addTaskListener(TaskListener.EVENTNAME_DELETE, UserTaskEventsPlugin.this::ended);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void created(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        if (employees == null) {
            employees = employeesProvider.getObject();
        }
        String employee = employees.userIdOf(task);
        publisher.publishEvent(new UserTaskCreated(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getAssignee(), groups, task.getProcessInstanceId(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                employee,
                ProcessYear.of(task)));
    }

    private void ended(DelegateTask task) {
        publisher.publishEvent(new UserTaskEnded(task.getId()));
    }
}
