package no.arshjul.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens to every form submission, however the task is completed: checked against the
 * deployed form, stored whole, turned into records, and only the values the process routes on
 * passed on as process variables. The rest stays in Årshjul's records, where access is checked,
 * instead of in process variables that everyone working in the instance could read.
 */
@Service
public class FormSubmissionPipeline {

    /** A form field with this custom property (set in Camunda Modeler) becomes a process variable. */
    public static final String PROCESS_VARIABLE_PROPERTY = "processVariable";

    private final FormSchemaValidator validator;
    private final FormSubmissionRepository submissions;
    private final List<FormSubmissionHandler> handlers;
    private final ObjectMapper mapper;
    private final Clock clock;

    public FormSubmissionPipeline(FormSchemaValidator validator, FormSubmissionRepository submissions,
                                  List<FormSubmissionHandler> handlers, ObjectMapper mapper, Clock clock) {
        this.validator = validator;
        this.submissions = submissions;
        this.handlers = handlers;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Returns the variables the completion should set; throws FormValidationException when refused. */
    public Map<String, Object> accept(SubmittedForm form, String formJson, String formTitle) {
        List<FieldError> errors = validator.validate(formJson, form.data());
        if (!errors.isEmpty()) {
            throw new FormValidationException(formTitle, errors);
        }
        submissions.save(new FormSubmission(form, json(form.data()), Instant.now(clock)));
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String key : processVariableKeys(formJson)) {
            if (form.data().containsKey(key)) {
                variables.put(key, form.data().get(key));
            }
        }
        for (FormSubmissionHandler handler : handlers) {
            if (handler.formKeys().contains(form.formKey())) {
                variables.putAll(handler.handle(form));
            }
        }
        return variables;
    }

    /** The keys of the form's fields marked processVariable=true: the answers the process routes on. */
    public List<String> processVariableKeys(String formJson) {
        List<String> keys = new ArrayList<>();
        collect(read(formJson).path("components"), keys);
        return keys;
    }

    private void collect(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.has("key") && "true".equals(component.path("properties").path(PROCESS_VARIABLE_PROPERTY).asText())) {
                keys.add(component.get("key").asText());
            }
            if (component.has("components") && !component.has("path")) {
                collect(component.get("components"), keys);
            }
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The deployed form is not valid JSON", e);
        }
    }

    private String json(Map<String, Object> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the submission as JSON", e);
        }
    }

}
