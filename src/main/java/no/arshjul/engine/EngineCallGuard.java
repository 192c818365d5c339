package no.arshjul.engine;

import no.arshjul.forms.FormValidationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.context.MessageSource;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static no.arshjul.engine.CommandFields.field;
import static no.arshjul.engine.CommandFields.get;

/**
 * Engine calls that the engine itself would get wrong for Årshjul, refused before anything is
 * stored, with a message a person understands:
 * <ul>
 * <li>resolving a task that was never delegated (the engine would take the answers and leave the
 *     task without assignee, out of everyone's inbox);</li>
 * <li>completing with a serialized Java object or a Json value that is not JSON (which would fail
 *     deep in the engine with a 500);</li>
 * <li>deleting a task of a running process (which nobody may do; the engine answers 500).</li>
 * </ul>
 * Runs first among Årshjul's interceptors, inside the command's transaction.
 */
class EngineCallGuard extends CommandInterceptor {

    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field DELETE_TASK_ID = field(DeleteTaskCmd.class, "taskId");
    private static final Field DELETE_TASK_IDS = field(DeleteTaskCmd.class, "taskIds");

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final MessageSource messages;

    EngineCallGuard(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            TaskEntity task = task((String) get(COMPLETE_TASK_ID, command));
            if (command instanceof ResolveTaskCmd && task != null) {
                refuseUnlessDelegated(task);
            }
            checkValues(task, get(COMPLETE_VARIABLES, command));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkValues(task((String) get(SUBMIT_TASK_ID, command)), get(SUBMIT_PROPERTIES, command));
        } else if (command instanceof DeleteTaskCmd) {
            Object ids = get(DELETE_TASK_IDS, command);
            List<String> taskIds = ids instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                    : get(DELETE_TASK_ID, command) == null ? List.of() : List.of((String) get(DELETE_TASK_ID, command));
            taskIds.forEach(this::refuseDeletingAProcessTask);
        }
        return next.execute(command);
    }

    private void refuseUnlessDelegated(TaskEntity task) {
        // Who may not work the task learns nothing more than that.
        Context.getCommandContext().getProcessEngineConfiguration().getCommandCheckers()
                .forEach(checker -> checker.checkTaskWork(task));
        if (task.getDelegationState() != DelegationState.PENDING) {
            throw new BadUserRequestException(text("engineRest.resolveNotDelegated"));
        }
    }

    private void refuseDeletingAProcessTask(String taskId) {
        TaskEntity task = task(taskId);
        if (task != null && task.getExecutionId() != null) {
            throw new AuthorizationException(text("engineRest.deleteProcessTask"));
        }
    }

    /** Values the REST API hands over still serialized: a Java object is refused, Json must parse. */
    private void checkValues(TaskEntity task, Object variables) {
        if (task == null || !(variables instanceof Map<?, ?> values)) {
            return;
        }
        for (Object key : values.keySet()) {
            // A VariableMap hands out plain values, and a Java object still serialized cannot be one.
            Object value = values instanceof VariableMap typed ? typed.getValueTyped(String.valueOf(key)) : values.get(key);
            if (!(value instanceof SerializableValue serializable)) {
                continue;
            }
            String field = String.valueOf(key);
            if (ValueType.OBJECT.equals(serializable.getType())) {
                throw FormValidationException.of(field, field, text("engineRest.serializedObject", field));
            }
            if (!serializable.isDeserialized()) {
                try {
                    serializable.getValue();
                } catch (RuntimeException unreadable) {
                    throw FormValidationException.of(field, field, text("engineRest.invalidJson"));
                }
            }
        }
    }

    private static TaskEntity task(String taskId) {
        CommandContext context = Context.getCommandContext();
        return taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, BOKMAL);
    }
}
