package no.arshjul.engine;

import no.arshjul.EngineClock;
import no.arshjul.forms.FormSubmissionPipeline;
import no.arshjul.forms.SubmittedForm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.engine.CommandFields.field;
import static no.arshjul.engine.CommandFields.get;
import static no.arshjul.engine.CommandFields.set;

/**
 * The engine side of the submission pipeline. Every task completion goes through one of two
 * engine commands, whether it comes from Årshjul's API, /engine-rest (complete or submit-form)
 * or Camunda Tasklist; this interceptor sees both inside the command's transaction, so a refused
 * submission leaves the task open and nothing stored. Engine internals stay in this one class.
 */
class EngineFormSubmissions extends CommandInterceptor {

    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");

    private final FormSubmissionPipeline pipeline;
    private final ObjectMapper mapper;

    EngineFormSubmissions(FormSubmissionPipeline pipeline, ObjectMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            Map<String, Object> kept = intercept((String) get(COMPLETE_TASK_ID, command), asMap(get(COMPLETE_VARIABLES, command)));
            if (kept != null) {
                set(COMPLETE_VARIABLES, command, kept);
            }
        } else if (command instanceof SubmitTaskFormCmd) {
            Map<String, Object> kept = intercept((String) get(SUBMIT_TASK_ID, command), asMap(get(SUBMIT_PROPERTIES, command)));
            if (kept != null) {
                set(SUBMIT_PROPERTIES, command, Variables.fromMap(kept));
            }
        }
        return next.execute(command);
    }

    /** Null when the task has no Camunda Form: then the command goes ahead untouched. */
    private Map<String, Object> intercept(String taskId, Map<String, Object> submitted) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return null;
        }
        // The engine checks permissions inside the command, after us: check first, so that someone
        // who may not work the task learns nothing about its form.
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
        task.initializeFormKey();
        CamundaFormRef formRef = task.getCamundaFormRef();
        if (formRef == null) {
            return null;
        }
        String deploymentId = task.getProcessDefinition().getDeploymentId();
        CamundaFormDefinition definition = context.runWithoutAuthorization(
                () -> new GetCamundaFormDefinitionCmd(formRef, deploymentId).execute(context));
        ResourceEntity resource = context.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
        String formJson = new String(resource.getBytes(), StandardCharsets.UTF_8);

        SubmittedForm form = new SubmittedForm(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getProcessInstanceId(), task.getProcessDefinition().getKey(),
                task.getExecution().getProcessBusinessKey(), definition.getKey(), definition.getVersion(),
                plain(submitted), context.getAuthenticatedUserId(), task.getExecution().getVariables());
        return pipeline.accept(form, formJson, task.getName() == null ? definition.getKey() : task.getName());
    }

    /** The values as the form sent them: typed values unwrapped, Json lists parsed, dates as ISO text. */
    private Map<String, Object> plain(Map<String, Object> submitted) {
        Map<String, Object> values = new LinkedHashMap<>();
        submitted.forEach((key, value) -> values.put(key, plain(value)));
        return values;
    }

    private Object plain(Object value) {
        if (value instanceof TypedValue typed) {
            value = typed.getValue();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof List || value instanceof Map) {
            return value;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(EngineClock.OSLO).toLocalDate().toString();
        }
        // Json values (Camunda Spin) and anything else that prints as JSON
        try {
            return mapper.readValue(value.toString(), Object.class);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object variables) {
        return variables == null ? Map.of() : (Map<String, Object>) variables;
    }
}
