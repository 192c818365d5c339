package no.arshjul.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import no.arshjul.web.Texts;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A task someone has taken is theirs: another member of the same group may not complete it. The
 * engine's grant to a candidate group lets every member complete its tasks, claimed or not, so this
 * is checked on every completion (Årshjul's API, Tasklist, /engine-rest), before the form is
 * looked at. Calls without a person (Årshjul's own system calls, timers) are not checked.
 * An interceptor rather than a task listener: the engine wraps a listener's exception, and the
 * caller must get the AuthorizationException (403), not an engine error (500).
 */
@Component
class ClaimedTaskPlugin extends AbstractProcessEnginePlugin {

    private static final Field COMPLETE_TASK_ID = CommandFields.field(CompleteTaskCmd.class, "taskId");
    private static final Field SUBMIT_TASK_ID = CommandFields.field(SubmitTaskFormCmd.class, "taskId");

    private final Texts texts;

    /** Lazy: the engine's plugins are built before the web layer the texts' language comes from. */
    ClaimedTaskPlugin(@Lazy Texts texts) {
        this.texts = texts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        // First, so that a member refused here learns nothing from the form check.
        interceptors.add(0, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof CompleteTaskCmd) {
                    onlyTheAssigneeCompletes((String) CommandFields.get(COMPLETE_TASK_ID, command));
                } else if (command instanceof SubmitTaskFormCmd) {
                    onlyTheAssigneeCompletes((String) CommandFields.get(SUBMIT_TASK_ID, command));
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    void onlyTheAssigneeCompletes(String taskId) {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context.getAuthentication();
        if (taskId == null || caller == null || caller.getUserId() == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getAssignee() == null || task.getAssignee().equals(caller.getUserId())) {
            return;
        }
        // The engine's own permission check comes first: someone outside the task's groups gets its refusal.
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
        // An answer to the caller (Tasklist and /engine-rest show it): in the caller's language.
        throw new AuthorizationException(texts.forCaller("engine.claimedByOther", task.getName(), task.getAssignee()));
    }
}
